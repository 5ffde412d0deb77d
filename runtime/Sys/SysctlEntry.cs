namespace ProcGen;

/// <summary>
/// One readable knob met by <see cref="ProcFsSysExtensions.EnumerateSys"/>: its value, or why it has none. A walk
/// does not stop at a knob it may not read (<see cref="ProcReadStatus.PermissionDenied"/>) or that fails to read
/// (<c>net/ipv6/conf/*/stable_secret</c> answers <c>EIO</c> until a secret is set): it reports it and goes on.
/// </summary>
/// <param name="Path">The path relative to <c>/proc/sys</c>.</param>
/// <param name="Status">
/// <see cref="ProcReadStatus.Ok"/>, <see cref="ProcReadStatus.PermissionDenied"/>, <see cref="ProcReadStatus.NotFound"/>
/// (removed during the walk), or <see cref="ProcReadStatus.NotFound"/> with an <paramref name="Error"/> for other I/O
/// errors.
/// </param>
/// <param name="Value">The value when <paramref name="Status"/> is <see cref="ProcReadStatus.Ok"/>.</param>
/// <param name="Error">What went wrong otherwise, naming the file.</param>
public sealed record SysctlEntry(string Path, ProcReadStatus Status, SysctlValue? Value, string? Error)
{
    /// <summary>The dotted name: <c>kernel.pid_max</c>.</summary>
    public string Name => SysctlName.FromPath(Path);
}
