/// The `--help` text (spec README §Configuration, Token Generator).
enum TokenGeneratorUsage {
    static let text = """
    Usage: TokenGenerator [serve]
           TokenGenerator keygen --out DIR
           TokenGenerator token vendor --org ORGNR --scopes "S1 S2" [--client-id ID] [--ttl SECONDS]
           TokenGenerator token user --pid FNR [--user-id N] [--scopes "S1 S2"] [--auth-level N] [--ttl SECONDS]
           TokenGenerator token platform --app NAME [--ttl SECONDS]
           TokenGenerator --help

    serve     serve the token endpoints and /.well-known/jwks.json on HOST:PORT (default 127.0.0.1:8085)
    keygen    write a new RSA key pair: DIR/private.pem (PKCS#8, mode 0600) and DIR/jwks.json
    token     print one signed token (the bare JWT) to stdout; --ttl is 1..86400 (default 1800)

    Environment:
      KEY_DIR        folder holding private.pem (default ./data/keys)
      TOKEN_ISSUER   the iss claim written into tokens (default http://127.0.0.1:8085)

    Exit status: 0 success, 1 runtime failure (no key, cannot sign or write), 2 usage error.
    """
}
