namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/oom_score_adj</c>: the adjustment added to the OOM badness, -1000 (never kill) … 1000
/// (proc(5); <c>oom_score_adj_read</c> in <c>fs/proc/base.c</c>; 2.6.36+).
/// </summary>
[ProcFile("{pid}/oom_score_adj"), SingleValue]
public sealed partial record ProcessOomScoreAdj
{
    /// <summary>The adjustment, -1000 … 1000.</summary>
    public required int Adjustment { get; init; }

    /// <summary>Whether the OOM killer will never pick this process (<c>OOM_SCORE_ADJ_MIN</c>).</summary>
    public bool IsOomKillDisabled => Adjustment == -1000;
}
