using System;
using System.Globalization;

namespace ProcGen.Specs;

/// <summary>
/// A test on a process: the selections of libproc's <c>proc_listpids</c> (<c>PROC_UID_ONLY</c>,
/// <c>PROC_RUID_ONLY</c>, <c>PROC_PPID_ONLY</c>, <c>PROC_PGRP_ONLY</c>, <c>PROC_SESSION_ONLY</c>,
/// <c>PROC_TTY_ONLY</c>) with Linux semantics, plus a name match, combinable with <see cref="And"/>. Use with
/// <see cref="ProcessSnapshot.Pids"/> or <see cref="ProcFsProcessExtensions.ListPids"/>.
/// </summary>
/// <remarks>
/// The parent, group, session and terminal tests use the <c>stat</c> every enumeration reads; the user tests read
/// <c>status</c> (lazily, once per process). A process whose <c>status</c> cannot be read (gone, refused) matches no
/// user test.
/// </remarks>
public sealed class ProcessFilter
{
    private readonly Func<ProcessInfo, bool> _predicate;

    private ProcessFilter(string description, Func<ProcessInfo, bool> predicate)
    {
        Description = description;
        _predicate = predicate;
    }

    /// <summary>What the filter tests, for messages: <c>euid=1000</c>, <c>ppid=1 and tty=pts/0</c>.</summary>
    public string Description { get; }

    /// <summary>Every process.</summary>
    public static ProcessFilter All { get; } = new("all", static _ => true);

    /// <summary>Processes whose effective user id is <paramref name="uid"/> (<c>PROC_UID_ONLY</c>; <c>ps -u</c>).</summary>
    public static ProcessFilter EffectiveUser(uint uid)
        => new(Describe("euid", uid), p => p.UserIds.TryGetValue(out var ids) && ids.Effective == uid);

    /// <summary>Processes whose real user id is <paramref name="uid"/> (<c>PROC_RUID_ONLY</c>; <c>ps -U</c>).</summary>
    public static ProcessFilter RealUser(uint uid)
        => new(Describe("ruid", uid), p => p.UserIds.TryGetValue(out var ids) && ids.Real == uid);

    /// <summary>Children of <paramref name="pid"/> (<c>PROC_PPID_ONLY</c>; <c>ps --ppid</c>).</summary>
    public static ProcessFilter ParentPid(int pid) => new(Describe("ppid", pid), p => p.ParentPid == pid);

    /// <summary>Members of process group <paramref name="pgrp"/> (<c>PROC_PGRP_ONLY</c>; <c>ps -g</c>).</summary>
    public static ProcessFilter ProcessGroup(int pgrp) => new(Describe("pgrp", pgrp), p => p.ProcessGroupId == pgrp);

    /// <summary>Members of session <paramref name="sid"/> (<c>PROC_SESSION_ONLY</c>; <c>ps -s</c>).</summary>
    public static ProcessFilter Session(int sid) => new(Describe("sid", sid), p => p.SessionId == sid);

    /// <summary>Processes whose controlling terminal is <paramref name="terminal"/> (<c>PROC_TTY_ONLY</c>; <c>ps -t</c>).</summary>
    public static ProcessFilter Terminal(TerminalDevice terminal)
    {
        // By name: pts/300 may be encoded as 136:300 or, by older kernels, 137:44.
        var name = terminal.Name;
        return new("tty=" + name, p => !p.Terminal.IsNone && p.Terminal.Name == name);
    }

    /// <summary>
    /// Processes called <paramref name="name"/>: their <see cref="ProcessInfo.Comm"/> or their
    /// <see cref="ProcessInfo.ExeName"/> (which may read <c>exe</c>) is the name (<c>pgrep -x</c>, <c>ps -C</c>).
    /// </summary>
    public static ProcessFilter Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new("name=" + name, p => p.Comm == name || p.ExeName == name);
    }

    /// <summary>Processes <paramref name="predicate"/> accepts.</summary>
    public static ProcessFilter Where(string description, Func<ProcessInfo, bool> predicate)
        => new(description, predicate ?? throw new ArgumentNullException(nameof(predicate)));

    /// <summary>Processes both filters accept.</summary>
    public ProcessFilter And(ProcessFilter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(this, All)) return other;
        if (ReferenceEquals(other, All)) return this;
        return new(Description + " and " + other.Description, p => _predicate(p) && other._predicate(p));
    }

    public bool Matches(ProcessInfo process) => _predicate(process);

    public override string ToString() => Description;

    private static string Describe(string what, long value) => string.Create(CultureInfo.InvariantCulture, $"{what}={value}");
}
