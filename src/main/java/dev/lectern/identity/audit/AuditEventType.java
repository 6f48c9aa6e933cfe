package dev.lectern.identity.audit;

/** The kinds of security-relevant events the audit log keeps. */
public enum AuditEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    KEY_CREATED,
    KEY_REVOKED,
    USER_CREATED,
    ROLE_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    MEMBER_CHANGED,
    MEMBER_REMOVED,
    DOCUMENT_DELETED,
    EXPORT,
    MODEL_CHANGED,
    WEBHOOK_CREATED,
    WEBHOOK_CHANGED,
    WEBHOOK_DELETED,
    WEBHOOK_SECRET_ROTATED
}
