namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/keys</c>: a key or keyring the reader may view (keyrings(7), proc(5);
/// <c>proc_keys_show</c> in <c>security/keys/proc.c</c>).
/// </summary>
/// <remarks>
/// The kernel prints <c>%08x %c%c%c%c%c%c%c %5d %4s %08x %5d %5d %-9.9s </c>, then the key type's own description.
/// The type name is cut to 9 characters (<c>asymmetric</c> reads <c>asymmetri</c>). Only keys the reader has
/// View permission on are listed.
/// </remarks>
[ProcFile("keys", Accessor = "Keys"), Rows]
public sealed partial record KernelKey
{
    /// <summary>The key's serial number (its ID for keyctl(2)).</summary>
    [Column(0), Hex] public required uint Serial { get; init; }

    /// <summary>The state letters as printed (<c>I--Q---</c>); see the <c>Is…</c> properties.</summary>
    [Column(1)] public required LetterFlags Flags { get; init; }

    /// <summary>The reference count.</summary>
    [Column(2)] public required int Usage { get; init; }

    /// <summary>When the key expires: <c>perm</c>, <c>expd</c> or the time left.</summary>
    [Column(3)] public required KeyTimeout Timeout { get; init; }

    /// <summary>The permission mask, four bytes from high to low: possessor, owner, group, others.</summary>
    [Column(4), Hex] public required uint Permissions { get; init; }

    /// <summary>The owner's user ID, as the kernel prints it (<c>%d</c>; unmapped IDs show the overflow ID, 65534).</summary>
    [Column(5)] public required int Uid { get; init; }

    /// <summary>The group ID, as the kernel prints it (<c>%d</c>).</summary>
    [Column(6)] public required int Gid { get; init; }

    /// <summary>The key type (<c>keyring</c>, <c>user</c>, <c>logon</c>, <c>asymmetri</c>…), cut to 9 characters.</summary>
    [Column(7)] public required string Type { get; init; }

    /// <summary>
    /// What the type prints about the key: for keyrings the name and <c>empty</c> or the number of links
    /// (<c>_uid.0: empty</c>), for user keys the name and payload size; <c>null</c> if nothing.
    /// </summary>
    [Rest] public string? Description { get; init; }

    /// <summary><c>I</c>: instantiated (has a payload, or is negative).</summary>
    public bool IsInstantiated => Flags.Has('I');

    /// <summary><c>R</c>: revoked.</summary>
    public bool IsRevoked => Flags.Has('R');

    /// <summary><c>D</c>: dead (its type was unregistered).</summary>
    public bool IsDead => Flags.Has('D');

    /// <summary><c>Q</c>: counts towards its owner's quota.</summary>
    public bool IsInQuota => Flags.Has('Q');

    /// <summary><c>U</c>: under construction by a userspace callback.</summary>
    public bool IsUnderConstruction => Flags.Has('U');

    /// <summary><c>N</c>: negatively instantiated (a cached "not found").</summary>
    public bool IsNegative => Flags.Has('N');

    /// <summary><c>i</c>: invalidated, awaiting garbage collection.</summary>
    public bool IsInvalidated => Flags.Has('i');

    /// <summary>What a process possessing the key (through its keyrings) may do.</summary>
    public KeyPermissions PossessorPermissions => (KeyPermissions)(Permissions >> 24);

    /// <summary>What the key's owner may do.</summary>
    public KeyPermissions UserPermissions => (KeyPermissions)(Permissions >> 16);

    /// <summary>What members of the key's group may do.</summary>
    public KeyPermissions GroupPermissions => (KeyPermissions)(Permissions >> 8);

    /// <summary>What everyone else may do.</summary>
    public KeyPermissions OtherPermissions => (KeyPermissions)Permissions;
}
