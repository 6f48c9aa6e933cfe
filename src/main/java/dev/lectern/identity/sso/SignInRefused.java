package dev.lectern.identity.sso;

/** A provider vouched for the user, but Lectern will not let them in; the message says why, for the audit log. */
final class SignInRefused extends RuntimeException {

    SignInRefused(String reason) {
        super(reason);
    }
}
