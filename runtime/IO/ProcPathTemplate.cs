using System;

namespace ProcGen;

/// <summary>
/// Path templates of declarations: <c>meminfo</c>, <c>{pid}/stat</c>, <c>{pid}/fd/{fd}</c>. <c>{pid}</c> matches
/// a process directory: a number, <c>self</c>, <c>thread-self</c>, or a thread's <c>N/task/M</c>.
/// </summary>
public static class ProcPathTemplate
{
    public const string ProcessPlaceholder = "{pid}";

    /// <summary>Whether <paramref name="relativePath"/> is an instance of <paramref name="template"/>.</summary>
    public static bool Matches(string template, string relativePath)
    {
        var path = relativePath.AsSpan().Trim('/');
        var pattern = template.AsSpan();
        if (pattern.StartsWith(ProcessPlaceholder))
        {
            pattern = pattern[ProcessPlaceholder.Length..];
            // A thread directory is a process directory too: N/task/M/stat has the format of N/stat. A template
            // that names task/ itself ({pid}/task/{tid}/children) takes the process alone.
            if (!TrySkipProcessDirectory(ref path, allowThread: !pattern.StartsWith("/task/"))) return false;
        }
        while (true)
        {
            int open = pattern.IndexOf('{');
            if (open < 0) return path.SequenceEqual(pattern);
            if (!path.StartsWith(pattern[..open])) return false;
            path = path[open..];
            int close = pattern.IndexOf('}');
            if (close < open) return false;
            pattern = pattern[(close + 1)..];
            int slash = path.IndexOf('/');
            var segment = slash < 0 ? path : path[..slash];
            if (segment.IsEmpty) return false;
            path = path[segment.Length..];
        }
    }

    /// <summary>Splits <c>42/task/43/stat</c> into the process directory <c>42/task/43</c> and the rest.</summary>
    public static bool TrySplitProcessDirectory(string relativePath, out string directory, out string rest)
    {
        var path = relativePath.AsSpan().Trim('/');
        var original = path;
        if (!TrySkipProcessDirectory(ref path))
        {
            directory = rest = string.Empty;
            return false;
        }
        directory = original[..(original.Length - path.Length)].ToString();
        rest = path.TrimStart('/').ToString();
        return true;
    }

    private static bool TrySkipProcessDirectory(ref ReadOnlySpan<char> path, bool allowThread = true)
    {
        int slash = path.IndexOf('/');
        var first = slash < 0 ? path : path[..slash];
        if (!IsProcessName(first)) return false;
        path = path[first.Length..];
        if (allowThread && path.StartsWith("/task/"))
        {
            var afterTask = path["/task/".Length..];
            int next = afterTask.IndexOf('/');
            var tid = next < 0 ? afterTask : afterTask[..next];
            if (IsNumber(tid))
                path = afterTask[tid.Length..];
        }
        return true;
    }

    /// <summary>
    /// Checks a placeholder's value before it becomes a path segment: no <c>/</c>, no <c>.</c> or <c>..</c>, no
    /// NUL, not empty — a caller's string must not walk out of the proc root.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a single path segment.</exception>
    public static string Segment(string value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value.Length == 0 || value == "." || value == ".." || value.AsSpan().IndexOfAny('/', '\0') >= 0)
            throw new ArgumentException($"'{value}' is not a single path segment under the proc root.", name);
        return value;
    }

    /// <summary>A pid, <c>self</c> or <c>thread-self</c>.</summary>
    public static bool IsProcessName(ReadOnlySpan<char> segment)
        => IsNumber(segment) || segment.SequenceEqual("self") || segment.SequenceEqual("thread-self");

    private static bool IsNumber(ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty || segment.Length > 10) return false;
        foreach (char c in segment)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
