namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/setgroups</c>: whether processes in the process's user namespace may call <c>setgroups(2)</c>
/// (<c>proc_setgroups_show</c> in <c>kernel/user_namespace.c</c>, 3.19+; user_namespaces(7)). A namespace's owner
/// writes <c>deny</c> before writing <c>gid_map</c> as an unprivileged user.
/// </summary>
[ProcFile("{pid}/setgroups"), SingleValue]
public sealed partial record ProcessSetgroups
{
    /// <summary>The namespace's policy.</summary>
    public required SetgroupsPolicy Policy { get; init; }
}

/// <summary>The <c>setgroups</c> policy of a user namespace.</summary>
public enum SetgroupsPolicy
{
    /// <summary><c>allow</c>: <c>setgroups</c> is permitted (once a gid map exists).</summary>
    [ProcToken("allow")] Allow,
    /// <summary><c>deny</c>: <c>setgroups</c> fails with <c>EPERM</c> in this namespace and its descendants.</summary>
    [ProcToken("deny")] Deny,
}
