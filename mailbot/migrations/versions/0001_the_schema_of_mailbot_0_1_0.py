"""the schema of mailbot 0.1.0

Revision ID: 0001
Revises:
Create Date: 2026-12-03 (frozen: created_all by mailbot 0.1.0, commit 2039f32)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)

    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("website", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("business_area", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_company_name"), ["name"], unique=False)

    op.create_table(
        "inbound_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox", sa.String(), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Integer(), nullable=True),
        sa.Column("item_key", sa.String(), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=True),
        sa.Column("dedup_key", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("processed_at", sa.DateTime(), nullable=False),
        sa.Column("sender", sa.String(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("requests", sa.JSON(), nullable=True),
        sa.Column("decision", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("target_folder", sa.String(), nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("filed", sa.Boolean(), nullable=False),
        sa.Column("duplicate_of", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mailbox", "item_key"),
    )
    with op.batch_alter_table("inbound_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inbound_message_dedup_key"), ["dedup_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inbound_message_processed_at"), ["processed_at"], unique=False
        )
        batch_op.create_index("ix_inbound_uid", ["mailbox", "uidvalidity", "uid"], unique=False)
        batch_op.create_index("ix_inbound_unfiled", ["mailbox", "filed"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "suppression",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address_hash", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("suppression", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_suppression_address_hash"), ["address_hash"], unique=True
        )

    op.create_table(
        "chat_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(), nullable=False),
        sa.Column("visitor_name", sa.String(), nullable=True),
        sa.Column("company", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("page", sa.String(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("started_at", sa.String(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["inbound_id"],
            ["inbound_message.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("chat_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_chat_record_email"), ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_chat_record_received_at"), ["received_at"], unique=False
        )

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("department", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("mobile", sa.String(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("newsletter", sa.Boolean(), nullable=False),
        sa.Column("newsletter_opt_in_at", sa.DateTime(), nullable=True),
        sa.Column("newsletter_confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("newsletter_opt_out_at", sa.DateTime(), nullable=True),
        sa.Column("marketing_allowed", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("last_interaction_at", sa.DateTime(), nullable=True),
        sa.Column("legacy_notice_at", sa.DateTime(), nullable=True),
        sa.Column("consent_requested_at", sa.DateTime(), nullable=True),
        sa.Column("consent_reminders", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_company_id"), ["company_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_consent_requested_at"), ["consent_requested_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_email"), ["email"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_contact_last_interaction_at"), ["last_interaction_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_status"), ["status"], unique=False)

    op.create_table(
        "enquiry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("company", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("page", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["inbound_id"],
            ["inbound_message.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("enquiry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enquiry_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_enquiry_received_at"), ["received_at"], unique=False)

    op.create_table(
        "outbound_mail",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(), nullable=False),
        sa.Column("to_addr", sa.String(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("template", sa.String(), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("claim", sa.String(), nullable=True),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["inbound_id"],
            ["inbound_message.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id"),
    )
    with op.batch_alter_table("outbound_mail", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbound_mail_claim"), ["claim"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_outbound_mail_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outbound_mail_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbound_mail_to_addr"), ["to_addr"], unique=False)

    op.create_table(
        "chat_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("time", sa.String(), nullable=False),
        sa.Column("speaker", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["chat_id"],
            ["chat_record.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("chat_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_chat_line_chat_id"), ["chat_id"], unique=False)

    op.create_table(
        "confirmation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("message_id", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("confirmation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_confirmation_email"), ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_confirmation_expires_at"), ["expires_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_confirmation_token"), ["token"], unique=True)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("event", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("via", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "queued_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("verification", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("proposed", sa.JSON(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("extended_until", sa.DateTime(), nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
        ),
        sa.ForeignKeyConstraint(
            ["inbound_id"],
            ["inbound_message.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("queued_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_queued_action_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_queued_action_due"), ["due"], unique=False)
        batch_op.create_index(batch_op.f("ix_queued_action_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_queued_action_status"), ["status"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["queued_action.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_action_id"), ["action_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_action_id"))

    op.drop_table("follow_up")
    with op.batch_alter_table("queued_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_queued_action_status"))
        batch_op.drop_index(batch_op.f("ix_queued_action_email"))
        batch_op.drop_index(batch_op.f("ix_queued_action_due"))
        batch_op.drop_index(batch_op.f("ix_queued_action_action"))

    op.drop_table("queued_action")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_contact_id"))

    op.drop_table("consent")
    with op.batch_alter_table("confirmation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_confirmation_token"))
        batch_op.drop_index(batch_op.f("ix_confirmation_expires_at"))
        batch_op.drop_index(batch_op.f("ix_confirmation_email"))

    op.drop_table("confirmation")
    with op.batch_alter_table("chat_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chat_line_chat_id"))

    op.drop_table("chat_line")
    with op.batch_alter_table("outbound_mail", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbound_mail_to_addr"))
        batch_op.drop_index(batch_op.f("ix_outbound_mail_status"))
        batch_op.drop_index(batch_op.f("ix_outbound_mail_created_at"))
        batch_op.drop_index(batch_op.f("ix_outbound_mail_claim"))

    op.drop_table("outbound_mail")
    with op.batch_alter_table("enquiry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enquiry_received_at"))
        batch_op.drop_index(batch_op.f("ix_enquiry_email"))

    op.drop_table("enquiry")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_status"))
        batch_op.drop_index(batch_op.f("ix_contact_last_interaction_at"))
        batch_op.drop_index(batch_op.f("ix_contact_email"))
        batch_op.drop_index(batch_op.f("ix_contact_created_at"))
        batch_op.drop_index(batch_op.f("ix_contact_consent_requested_at"))
        batch_op.drop_index(batch_op.f("ix_contact_company_id"))

    op.drop_table("contact")
    with op.batch_alter_table("chat_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chat_record_received_at"))
        batch_op.drop_index(batch_op.f("ix_chat_record_email"))

    op.drop_table("chat_record")
    with op.batch_alter_table("suppression", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suppression_address_hash"))

    op.drop_table("suppression")
    op.drop_table("meta")
    with op.batch_alter_table("inbound_message", schema=None) as batch_op:
        batch_op.drop_index("ix_inbound_unfiled")
        batch_op.drop_index("ix_inbound_uid")
        batch_op.drop_index(batch_op.f("ix_inbound_message_processed_at"))
        batch_op.drop_index(batch_op.f("ix_inbound_message_dedup_key"))

    op.drop_table("inbound_message")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_name"))

    op.drop_table("company")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))

    op.drop_table("audit_event")
