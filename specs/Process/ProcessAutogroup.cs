namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/autogroup</c>: the task's scheduler autogroup and its nice value, <c>/autogroup-6 nice 0</c>
/// (sched(7); <c>proc_sched_autogroup_show_task</c> in <c>kernel/sched/autogroup.c</c>). Present with
/// <c>CONFIG_SCHED_AUTOGROUP</c>.
/// </summary>
/// <remarks>
/// The file is empty for a task in no autogroup (kernel threads, tasks whose group is the root task group):
/// then every property is <c>null</c>.
/// </remarks>
[ProcFile("{pid}/autogroup"), Columnar]
public sealed partial record ProcessAutogroup
{
    /// <summary>The group's name, <c>/autogroup-N</c>; <c>null</c> when the task is in no autogroup.</summary>
    [Column(0)] public string? Name { get; init; }

    /// <summary>The group's nice value, -20 to 19 (field 1 is the word <c>nice</c>); <c>null</c> when in no autogroup.</summary>
    [Column(2)] public int? Nice { get; init; }

    /// <summary>Whether the task belongs to an autogroup.</summary>
    public bool IsInAutogroup => Name is not null;
}
