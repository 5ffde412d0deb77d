namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/key-users</c>: the keys of one user and that user's quota (keyrings(7), proc(5);
/// <c>proc_key_users_show</c> in <c>security/keys/proc.c</c> prints <c>%5u: %5d %d/%d %d/%d %d/%d</c>).
/// </summary>
/// <remarks>The quota limits are the <c>kernel.keys.maxkeys</c>/<c>maxbytes</c> sysctls (the <c>root_</c> ones for root).</remarks>
[ProcFile("key-users", Accessor = "KeyUsers"), Rows]
public sealed partial record KeyUser
{
    /// <summary>The user ID.</summary>
    [Column(0), Suffix(":")] public required uint Uid { get; init; }

    /// <summary>The reference count of the kernel's record for this user.</summary>
    [Column(1)] public required int Usage { get; init; }

    /// <summary>Keys the user owns / of which instantiated.</summary>
    [Column(2)] public required SlashPair Keys { get; init; }

    /// <summary>Keys counted against the quota / the most the user may own.</summary>
    [Column(3)] public required SlashPair KeyQuota { get; init; }

    /// <summary>Bytes of payload counted against the quota / the most the user may use.</summary>
    [Column(4)] public required SlashPair ByteQuota { get; init; }

    /// <summary>The number of keys the user owns.</summary>
    public ulong KeyCount => Keys.First;

    /// <summary>How many of them are instantiated.</summary>
    public ulong InstantiatedKeyCount => Keys.Second;

    /// <summary>The most keys the user may own (<c>maxkeys</c>).</summary>
    public ulong MaxKeys => KeyQuota.Second;

    /// <summary>The most payload bytes the user may use (<c>maxbytes</c>).</summary>
    public ulong MaxBytes => ByteQuota.Second;
}
