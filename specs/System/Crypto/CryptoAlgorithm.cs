using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One block of <c>/proc/crypto</c>: an algorithm implementation registered with the kernel's crypto API
/// (<c>c_show</c> in <c>crypto/proc.c</c>, and each type's <c>show</c>: <c>crypto_skcipher_show</c>,
/// <c>crypto_ahash_show</c>, <c>crypto_aead_show</c> …). Blocks are separated by blank lines. Read with
/// <c>fs.CryptoAlgorithms()</c>.
/// </summary>
/// <remarks>
/// The first lines are common to every algorithm; the lines after <c>type</c> depend on the type (sizes of
/// ciphers, hashes, AEADs, RNGs), so they are nullable. A larval algorithm (being registered) prints
/// <c>type : larval</c> and <c>flags</c>. Keys a kernel adds are in <see cref="Other"/>.
/// </remarks>
[ProcFile("crypto", Accessor = "CryptoAlgorithms"), Blocks]
public sealed partial record CryptoAlgorithm
{
    /// <summary>The algorithm (<c>cbc(aes)</c>, <c>sha256</c>).</summary>
    [Key("name")] public required string Name { get; init; }

    /// <summary>The implementation (<c>sha256-avx2</c>, <c>cbc(ecb(aes-fixed-time))</c>).</summary>
    [Key("driver")] public required string Driver { get; init; }

    /// <summary>The module that provides it, or <c>kernel</c>.</summary>
    [Key("module")] public required string Module { get; init; }

    /// <summary>Priority among implementations of the same algorithm: the highest is used.</summary>
    [Key("priority")] public required int Priority { get; init; }

    /// <summary>References held.</summary>
    [Key("refcnt")] public required uint ReferenceCount { get; init; }

    /// <summary><c>passed</c> or <c>unknown</c> (not tested yet).</summary>
    [Key("selftest")] public required string SelfTest { get; init; }

    /// <summary>Whether it is for the kernel's own use only (4.19+).</summary>
    [Key("internal")] public bool? Internal { get; init; }

    /// <summary>Whether it is FIPS-approved; printed only when the kernel runs in FIPS mode.</summary>
    [Key("fips")] public bool? Fips { get; init; }

    /// <summary>The type (<c>skcipher</c>, <c>shash</c>, <c>aead</c>, <c>cipher</c>, <c>rng</c>, <c>larval</c> …).</summary>
    [Key("type")] public required string Type { get; init; }

    /// <summary>Larval algorithms: the registration flags.</summary>
    [Key("flags"), Hex] public uint? Flags { get; init; }

    /// <summary>Whether the implementation is asynchronous (skcipher, aead, ahash).</summary>
    [Key("async")] public bool? Async { get; init; }

    /// <summary>Block size in bytes (ciphers, hashes, AEADs).</summary>
    [Key("blocksize")] public uint? BlockSize { get; init; }

    /// <summary>Smallest key in bytes (ciphers).</summary>
    [Key("min keysize")] public uint? MinKeySize { get; init; }

    /// <summary>Largest key in bytes (ciphers).</summary>
    [Key("max keysize")] public uint? MaxKeySize { get; init; }

    /// <summary>IV size in bytes (skciphers, AEADs).</summary>
    [Key("ivsize")] public uint? IvSize { get; init; }

    /// <summary>Chunk size in bytes (skciphers).</summary>
    [Key("chunksize")] public uint? ChunkSize { get; init; }

    /// <summary>Walk size in bytes (skciphers).</summary>
    [Key("walksize")] public uint? WalkSize { get; init; }

    /// <summary>Size of the exported state in bytes (lskciphers, hashes).</summary>
    [Key("statesize")] public uint? StateSize { get; init; }

    /// <summary>Digest size in bytes (hashes).</summary>
    [Key("digestsize")] public uint? DigestSize { get; init; }

    /// <summary>Largest authentication tag in bytes (AEADs).</summary>
    [Key("maxauthsize")] public uint? MaxAuthSize { get; init; }

    /// <summary>IV generator (older AEADs and skciphers), <c>&lt;none&gt;</c> or <c>&lt;default&gt;</c>.</summary>
    [Key("geniv")] public string? IvGenerator { get; init; }

    /// <summary>Seed size in bytes (RNGs).</summary>
    [Key("seedsize")] public uint? SeedSize { get; init; }

    /// <summary>Keys not declared above, as printed.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }
}
