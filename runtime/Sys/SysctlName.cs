using System;

namespace ProcGen;

/// <summary>
/// Sysctl names and their paths under <c>/proc/sys</c>: <c>kernel.pid_max</c> is <c>kernel/pid_max</c>. Like
/// sysctl(8), a name whose first separator is a dot has its dots and slashes swapped, so that an interface named
/// <c>eth0.100</c> is written <c>net.ipv4.conf.eth0/100.rp_filter</c>; a name whose first separator is a slash is
/// already a path.
/// </summary>
public static class SysctlName
{
    /// <summary>
    /// The path relative to <c>/proc/sys</c> for a dotted or slashed name. Throws <see cref="ArgumentException"/>
    /// for an empty name, an absolute path, an empty, <c>.</c> or <c>..</c> component, or a NUL: a name never leaves
    /// <c>/proc/sys</c>.
    /// </summary>
    public static string ToPath(string name, string parameterName = "name")
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        if (name.Length == 0) throw new ArgumentException("A sysctl name is empty.", parameterName);
        if (name[0] == '/')
            throw new ArgumentException($"'{name}' is absolute: give a sysctl name (kernel.pid_max) or a path relative to /proc/sys (kernel/pid_max).", parameterName);
        if (name.Contains('\0')) throw new ArgumentException("A sysctl name contains a NUL byte.", parameterName);
        int firstSeparator = name.AsSpan().IndexOfAny('.', '/');
        string path = firstSeparator >= 0 && name[firstSeparator] == '.' ? Swap(name) : name;
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or "." or "..")
                throw new ArgumentException($"'{name}' has an empty, '.' or '..' component: a sysctl name must stay under /proc/sys.", parameterName);
        }
        return path;
    }

    /// <summary>Like <see cref="ToPath"/>, with an empty name meaning all of <c>/proc/sys</c> (an empty path).</summary>
    public static string PrefixToPath(string? prefix, string parameterName = "prefix")
        => string.IsNullOrEmpty(prefix) ? string.Empty : ToPath(prefix.TrimEnd('/', '.'), parameterName);

    /// <summary>The dotted name sysctl(8) prints for a path relative to <c>/proc/sys</c>.</summary>
    public static string FromPath(string path) => Swap(path);

    private static string Swap(string text)
        => string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
                span[i] = source[i] switch { '.' => '/', '/' => '.', var c => c };
        });
}
