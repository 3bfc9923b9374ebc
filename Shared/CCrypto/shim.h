#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/sha.h>
#include <openssl/rand.h>
#include <openssl/hmac.h>

/// EVP_PKEY_CTX_set_rsa_keygen_bits and friends are macros in some versions; keep one typed entry point.
static inline int ccrypto_rsa_keygen_bits(EVP_PKEY_CTX *ctx, int bits) {
    return EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits);
}
static inline int ccrypto_set_rsa_pkcs1_padding(EVP_PKEY_CTX *ctx) {
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING);
}
/// BIO_get_mem_data is a macro over BIO_ctrl; Swift cannot call it. Returns the length and points *data at the bytes.
static inline long ccrypto_bio_mem_contents(BIO *bio, char **data) {
    return BIO_get_mem_data(bio, data);
}
/// EVP_PKEY_PUBLIC_KEY is a compound macro that Swift does not import.
static inline int ccrypto_selection_public_key(void) {
    return EVP_PKEY_PUBLIC_KEY;
}
/// OSSL_PARAM_BLD keeps the key-name pointers until OSSL_PARAM_BLD_to_param, so they must outlive
/// the push; Swift's temporary C strings do not. The static names here do.
static inline int ccrypto_param_bld_push_rsa_public(OSSL_PARAM_BLD *bld, const BIGNUM *n, const BIGNUM *e) {
    return OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n) == 1
        && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e) == 1;
}
