namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/setgroups</c>: whether processes of the task's user namespace may call <c>setgroups(2)</c>,
/// <c>allow</c> or <c>deny</c> (user_namespaces(7); <c>proc_setgroups_show</c> in <c>kernel/user_namespace.c</c>).
/// Present with <c>CONFIG_USER_NS</c>.
/// </summary>
[ProcFile("{pid}/setgroups"), SingleValue]
public sealed partial record ProcessSetgroups
{
    /// <summary>The namespace's policy.</summary>
    public required SetgroupsPolicy Policy { get; init; }
}
