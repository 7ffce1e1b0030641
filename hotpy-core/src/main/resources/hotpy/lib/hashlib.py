"""Secure hashes and message digests.

HotPy's hashlib, over the _hashlib core (java.security.MessageDigest):

    md5, sha1, sha224, sha256, sha384, sha512, sha3_224, sha3_256, sha3_384, sha3_512
    new(name, data=b'')       also 'sha512_224' and 'sha512_256'
    pbkdf2_hmac, file_digest

Each constructor returns a _hashlib.HASH with update(), digest(), hexdigest(), copy(),
name, digest_size and block_size.  blake2b, blake2s, shake_128 and shake_256 are not
provided: the JDK has no implementation of them, and new() refuses their names with
ValueError('unsupported hash type ...') as CPython does for an unknown name.
"""

import _hashlib
from _hashlib import new, pbkdf2_hmac, HASH as _HASH

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(_hashlib.openssl_md_meth_names)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac', 'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading.

    digest is a hash name, or a callable returning a new hash object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        # io.BytesIO: the whole buffer, whatever the position (getvalue() is the same bytes)
        digestobj.update(fileobj.getvalue())
        return digestobj
    if not (hasattr(fileobj, "read") and hasattr(fileobj, "readable")
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
