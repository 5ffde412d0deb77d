namespace ProcGen.Specs;

/// <summary><c>/proc/[pid]/stat</c> (a few fields, for now).</summary>
[ProcFile("{pid}/stat"), Columnar]
public sealed partial record ProcessStat
{
    [Column(0)] public required int Pid { get; init; }
    [Column(1), Enclosed('(', ')')] public required string Comm { get; init; }
    [Column(2)] public required ProcessState State { get; init; }
    [Column(3)] public required int ParentPid { get; init; }
    [Column(22)] public required ulong VirtualMemorySize { get; init; }
    [Column(51)] public int? ExitCode { get; init; }
}

public enum ProcessState
{
    [ProcFallback] Unknown = 0,
    [ProcToken("R")] Running = 'R',
    [ProcToken("S")] Sleeping = 'S',
    [ProcToken("D")] DiskSleep = 'D',
    [ProcToken("Z")] Zombie = 'Z',
    [ProcToken("T")] Stopped = 'T',
    [ProcToken("t")] TracingStop = 't',
    [ProcToken("X")] Dead = 'X',
    [ProcToken("I")] Idle = 'I',
    [ProcToken("P")] Parked = 'P',
}
