using System;
using System.Globalization;
using System.Text;
using ProcGen.Specs;

namespace ProcGen.Cli.Output;

/// <summary>How <c>procgen ps</c> and <c>procgen tree</c> show a process, following <c>ps</c>'s conventions (procps).</summary>
internal static class ProcessColumns
{
    /// <summary>The effective user's name (the id as text when the database has none); <c>?</c> when unreadable.</summary>
    public static string User(ProcessInfo process)
        => process.UserIds.TryGetValue(out var ids) ? UserDatabase.UserNameOrId(ids.Effective) : "?";

    /// <summary>
    /// <c>ps</c>'s STAT: the state letter, then <c>&lt;</c> (nice &lt; 0) or <c>N</c> (nice &gt; 0), <c>L</c> (locked
    /// pages), <c>s</c> (session leader), <c>l</c> (multi-threaded), <c>+</c> (foreground process group).
    /// </summary>
    public static string Stat(ProcessInfo process)
    {
        var stat = new StringBuilder(6);
        stat.Append(process.State == ProcessState.Unknown ? '?' : (char)process.State);
        if (process.Nice < 0) stat.Append('<');
        else if (process.Nice > 0) stat.Append('N');
        if (process.Status.TryGetValue(out var status) && status.VmLck is > 0) stat.Append('L');
        if (process.SessionId == process.Pid) stat.Append('s');
        if (process.ThreadCount > 1) stat.Append('l');
        if (process.IsInForeground) stat.Append('+');
        return stat.ToString();
    }

    /// <summary><c>ps</c>'s ETIME: <c>[[dd-]hh:]mm:ss</c>; <c>-</c> when the root has no uptime.</summary>
    public static string ElapsedTime(TimeSpan? elapsed)
    {
        if (elapsed is not { } time) return "-";
        var invariant = CultureInfo.InvariantCulture;
        if (time.Days > 0) return string.Create(invariant, $"{time.Days}-{time.Hours:00}:{time.Minutes:00}:{time.Seconds:00}");
        if (time.Hours > 0) return string.Create(invariant, $"{time.Hours:00}:{time.Minutes:00}:{time.Seconds:00}");
        return string.Create(invariant, $"{time.Minutes:00}:{time.Seconds:00}");
    }

    /// <summary>
    /// The command line; for processes without one (kernel threads, zombies, unreadable) the name in brackets, as
    /// <c>ps</c> shows them, with <c>&lt;defunct&gt;</c> for zombies.
    /// </summary>
    public static string Arguments(ProcessInfo process)
    {
        if (process.CommandLine.TryGetValue(out var commandLine) && commandLine.Arguments.Length > 0)
            return commandLine.ToString();
        return process.IsZombie ? $"[{process.Comm}] <defunct>" : $"[{process.Comm}]";
    }

    /// <summary>Bytes as <c>ps</c>'s kibibytes.</summary>
    public static string Kibibytes(ulong bytes) => (bytes / 1024).ToString(CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
