namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/oom_score</c>: the OOM killer's current badness score, 0–2000 since 5.9 (0–1000 before); the
/// highest is killed first (proc(5); <c>proc_oom_score</c> in <c>fs/proc/base.c</c>, <c>oom_badness</c> in
/// <c>mm/oom_kill.c</c>).
/// </summary>
[ProcFile("{pid}/oom_score"), SingleValue]
public sealed partial record ProcessOomScore
{
    /// <summary>The badness score.</summary>
    public required uint Score { get; init; }
}
