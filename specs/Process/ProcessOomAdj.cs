namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/oom_adj</c>: the legacy OOM adjustment, -17 (disable) or -16 … 15, derived from
/// <c>oom_score_adj</c> (proc(5); <c>oom_adj_read</c> in <c>fs/proc/base.c</c>). Deprecated: prefer
/// <see cref="ProcessOomScoreAdj"/>.
/// </summary>
[ProcFile("{pid}/oom_adj"), SingleValue]
public sealed partial record ProcessOomAdj
{
    /// <summary>The adjustment, -17 … 15.</summary>
    public required int Adjustment { get; init; }
}
