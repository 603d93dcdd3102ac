package mx.captacion.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Mexican federal entities in INEGI order, with the two-digit number used in the clave de elector
 * and the two-letter code used in the CURP.
 */
public enum Entidad {
    AGUASCALIENTES("01", "AS", "Aguascalientes"),
    BAJA_CALIFORNIA("02", "BC", "Baja California"),
    BAJA_CALIFORNIA_SUR("03", "BS", "Baja California Sur"),
    CAMPECHE("04", "CC", "Campeche"),
    COAHUILA("05", "CL", "Coahuila"),
    COLIMA("06", "CM", "Colima"),
    CHIAPAS("07", "CS", "Chiapas"),
    CHIHUAHUA("08", "CH", "Chihuahua"),
    CIUDAD_DE_MEXICO("09", "DF", "Ciudad de México"),
    DURANGO("10", "DG", "Durango"),
    GUANAJUATO("11", "GT", "Guanajuato"),
    GUERRERO("12", "GR", "Guerrero"),
    HIDALGO("13", "HG", "Hidalgo"),
    JALISCO("14", "JC", "Jalisco"),
    MEXICO("15", "MC", "México"),
    MICHOACAN("16", "MN", "Michoacán"),
    MORELOS("17", "MS", "Morelos"),
    NAYARIT("18", "NT", "Nayarit"),
    NUEVO_LEON("19", "NL", "Nuevo León"),
    OAXACA("20", "OC", "Oaxaca"),
    PUEBLA("21", "PL", "Puebla"),
    QUERETARO("22", "QT", "Querétaro"),
    QUINTANA_ROO("23", "QR", "Quintana Roo"),
    SAN_LUIS_POTOSI("24", "SP", "San Luis Potosí"),
    SINALOA("25", "SL", "Sinaloa"),
    SONORA("26", "SR", "Sonora"),
    TABASCO("27", "TC", "Tabasco"),
    TAMAULIPAS("28", "TS", "Tamaulipas"),
    TLAXCALA("29", "TL", "Tlaxcala"),
    VERACRUZ("30", "VZ", "Veracruz"),
    YUCATAN("31", "YN", "Yucatán"),
    ZACATECAS("32", "ZS", "Zacatecas"),
    /*
     * "NE" is the official CURP code for people born abroad. The number "87" for the clave de
     * elector is our own assumption: INE does not publish a number for foreign-born citizens, and
     * we need one that cannot collide with the 32 states.
     */
    NACIDO_EN_EL_EXTRANJERO("87", "NE", "Nacido en el extranjero");

    private static final Map<String, Entidad> BY_NUMBER = index(Entidad::number);
    private static final Map<String, Entidad> BY_CURP_CODE = index(Entidad::curpCode);

    private final String number;
    private final String curpCode;
    private final String displayName;

    Entidad(String number, String curpCode, String displayName) {
        this.number = number;
        this.curpCode = curpCode;
        this.displayName = displayName;
    }

    public String number() {
        return number;
    }

    public String curpCode() {
        return curpCode;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Entidad> byNumber(String number) {
        return Optional.ofNullable(number).map(String::trim).map(BY_NUMBER::get);
    }

    public static Optional<Entidad> byNumber(int number) {
        return number < 0 || number > 99 ? Optional.empty() : byNumber("%02d".formatted(number));
    }

    public static Optional<Entidad> byCurpCode(String curpCode) {
        return Optional.ofNullable(curpCode).map(String::trim).map(BY_CURP_CODE::get);
    }

    private static Map<String, Entidad> index(Function<Entidad, String> key) {
        return Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
