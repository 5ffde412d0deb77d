namespace ProcGen.Specs;

/// <summary>
/// The <c>th</c> line of <c>net/rpc/nfsd</c>: the server threads (<c>th %u %u</c> then ten <c>%u.%03u</c>). Kernels
/// before 4.3 counted how often every thread was busy and kept a histogram: the seconds during which 10 %, 20 % …
/// 100 % of the threads were busy; newer kernels print 0 and ten <c>0.000</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record NfsServerThreads
{
    /// <summary>The number of nfsd threads.</summary>
    [Column(0)] public required int Threads { get; init; }
    /// <summary>Times every thread was busy when a request came (0 since 4.3).</summary>
    [Column(1)] public required ulong AllBusyCount { get; init; }
    /// <summary>Seconds with up to 10 % of the threads busy.</summary>
    [Column(2)] public required double Busy10Percent { get; init; }
    /// <summary>Seconds with 10–20 % of the threads busy.</summary>
    [Column(3)] public required double Busy20Percent { get; init; }
    /// <summary>Seconds with 20–30 % of the threads busy.</summary>
    [Column(4)] public required double Busy30Percent { get; init; }
    /// <summary>Seconds with 30–40 % of the threads busy.</summary>
    [Column(5)] public required double Busy40Percent { get; init; }
    /// <summary>Seconds with 40–50 % of the threads busy.</summary>
    [Column(6)] public required double Busy50Percent { get; init; }
    /// <summary>Seconds with 50–60 % of the threads busy.</summary>
    [Column(7)] public required double Busy60Percent { get; init; }
    /// <summary>Seconds with 60–70 % of the threads busy.</summary>
    [Column(8)] public required double Busy70Percent { get; init; }
    /// <summary>Seconds with 70–80 % of the threads busy.</summary>
    [Column(9)] public required double Busy80Percent { get; init; }
    /// <summary>Seconds with 80–90 % of the threads busy.</summary>
    [Column(10)] public required double Busy90Percent { get; init; }
    /// <summary>Seconds with 90–100 % of the threads busy.</summary>
    [Column(11)] public required double Busy100Percent { get; init; }
}
