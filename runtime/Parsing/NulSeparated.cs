using System;

namespace ProcGen;

/// <summary>
/// NUL-terminated lists: <c>{pid}/cmdline</c> and <c>{pid}/environ</c>. Each item ends with a NUL; a last item
/// without one is still an item (a process that rewrote its argv with <c>setproctitle</c> may print one long
/// string without NULs). An empty file (a kernel thread, a zombie) is an empty list.
/// </summary>
public static class NulSeparated
{
    public static string[] Strings(ReadOnlySpan<byte> utf8)
    {
        var result = new string[Count(utf8)];
        int i = 0;
        while (Next(ref utf8, out var item))
            result[i++] = FieldParser.String(item);
        return result;
    }

    /// <summary>Items split at their <b>first</b> <c>=</c>; see <see cref="EnvironmentVariable"/>.</summary>
    public static EnvironmentVariable[] EnvironmentVariables(ReadOnlySpan<byte> utf8)
    {
        var result = new EnvironmentVariable[Count(utf8)];
        int i = 0;
        while (Next(ref utf8, out var item))
        {
            int equals = item.IndexOf((byte)'=');
            result[i++] = equals < 0
                ? new EnvironmentVariable(FieldParser.String(item), null)
                : new EnvironmentVariable(FieldParser.String(item[..equals]), FieldParser.String(item[(equals + 1)..]));
        }
        return result;
    }

    private static int Count(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty) return 0;
        int count = utf8.Count((byte)0);
        return utf8[^1] == 0 ? count : count + 1;
    }

    private static bool Next(ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> item)
    {
        if (rest.IsEmpty)
        {
            item = default;
            return false;
        }
        int nul = rest.IndexOf((byte)0);
        if (nul < 0)
        {
            item = rest;
            rest = default;
        }
        else
        {
            item = rest[..nul];
            rest = rest[(nul + 1)..];
        }
        return true;
    }
}
