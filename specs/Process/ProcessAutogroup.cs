namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/autogroup</c>: the task's scheduler autogroup and its nice value, <c>/autogroup-6 nice 0</c>
/// (sched(7); <c>proc_sched_autogroup_show_task</c> in <c>kernel/sched/autogroup.c</c>). Present with
/// <c>CONFIG_SCHED_AUTOGROUP</c>.
/// </summary>
[ProcFile("{pid}/autogroup"), Columnar]
public sealed partial record ProcessAutogroup
{
    /// <summary>The group's name, <c>/autogroup-N</c>.</summary>
    [Column(0)] public required string Name { get; init; }

    /// <summary>The group's nice value, -20 to 19 (field 1 is the word <c>nice</c>).</summary>
    [Column(2)] public required int Nice { get; init; }
}
