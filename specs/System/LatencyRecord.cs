using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/latency_stats</c>: a cause of scheduling latency that LatencyTOP recorded, identified by the
/// kernel backtrace that led to the wait (<c>lstats_show</c> in <c>kernel/latencytop.c</c>; kernels with
/// <c>CONFIG_LATENCYTOP</c>). Read with <c>fs.LatencyStats()</c>.
/// </summary>
/// <remarks>
/// The first line is <c>Latency Top version : v0.1</c>; rows are printed only while recording is on
/// (<c>sysctl kernel.latencytop=1</c>), so the file is often the title alone, an empty table. Each row is
/// <c>count total max</c> followed by the backtrace's functions (<c>%ps</c>: a name, and <c>[module]</c> as a word of
/// its own for module code).
/// </remarks>
[ProcFile("latency_stats", Accessor = "LatencyStats"), Rows(SkipLines = 1)]
public sealed partial record LatencyRecord
{
    /// <summary>How many times a task waited here.</summary>
    [Column(0)] public required int Count { get; init; }

    /// <summary>The total time waited, in microseconds.</summary>
    [Column(1)] public required ulong TotalMicroseconds { get; init; }

    /// <summary>The longest single wait, in microseconds.</summary>
    [Column(2)] public required ulong MaxMicroseconds { get; init; }

    /// <summary>The words of the backtrace as printed, innermost first; see <see cref="Backtrace"/>.</summary>
    [Rest] public required string[] BacktraceWords { get; init; }

    /// <summary>The backtrace's functions, innermost first, each with its <c>[module]</c> when it has one (<c>nfs_wait_bit_killable [nfs]</c>).</summary>
    public IReadOnlyList<string> Backtrace
    {
        get
        {
            var functions = new List<string>(BacktraceWords.Length);
            foreach (var word in BacktraceWords)
            {
                if (functions.Count > 0 && word.Length > 2 && word[0] == '[' && word[^1] == ']')
                    functions[^1] += " " + word;
                else
                    functions.Add(word);
            }
            return functions;
        }
    }

    /// <summary>The average wait in microseconds (<see cref="TotalMicroseconds"/> ÷ <see cref="Count"/>); 0 for no waits.</summary>
    public double AverageMicroseconds => Count > 0 ? (double)TotalMicroseconds / Count : 0;

    /// <summary>The function the task waited in: the first of the backtrace, or <c>null</c> when none was printed.</summary>
    public string? Function => BacktraceWords.Length > 0 ? Backtrace[0] : null;
}
