-- A mail may belong to a conversation (a help-desk answer): it leaves with its own Message-ID and
-- the In-Reply-To and References of the mails it answers, so the requester's client threads it and
-- a reply names the ticket again. Null for the platform's other mails.
alter table mail_outbox add column message_id varchar(500);
alter table mail_outbox add column in_reply_to varchar(500);
alter table mail_outbox add column references_header varchar(4000);
