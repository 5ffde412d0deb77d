namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/fs/pipe-max-size</c>: the largest pipe capacity an unprivileged process may set with
/// <c>F_SETPIPE_SZ</c> (pipe(7); <c>pipe_max_size</c> in <c>fs/pipe.c</c>).
/// </summary>
[ProcFile("sys/fs/pipe-max-size"), SingleValue]
public sealed partial record FsPipeMaxSize
{
    /// <summary>The limit in bytes (1048576 by default).</summary>
    public required uint Bytes { get; init; }
}
