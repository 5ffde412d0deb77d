namespace ProcGen.Specs;

/// <summary>
/// The <c>signal:</c> line of a timer in <c>/proc/[pid]/timers</c>: <c>14/0000000000000000</c>, the signal number and
/// the <c>sigev_value</c> pointer in hexadecimal (<c>"%d/%px"</c> in <c>show_timer</c>).
/// </summary>
[ProcPart, Rows(Separator = '/')]
public sealed partial record TimerSignal
{
    /// <summary>The signal number (<c>14</c> is <c>SIGALRM</c>).</summary>
    [Column(0)] public required int Number { get; init; }

    /// <summary>The value delivered with the signal (<c>sival_ptr</c>).</summary>
    [Column(1), Hex] public required ulong Value { get; init; }
}
