using System;
using System.IO;

namespace ProcGen.Cli.Commands;

/// <summary>Turns the PATH a user typed into a path relative to the proc root.</summary>
internal static class ProcPathResolver
{
    /// <summary>
    /// <c>meminfo</c> and <c>1234/limits</c> are already relative; <c>/proc/self/status</c> (or
    /// <c>/some/root/meminfo</c> with <c>--root /some/root</c>) is made relative by removing the root. Returns
    /// <c>false</c> with a reason when an absolute path lies outside the root.
    /// </summary>
    public static bool TryMakeRelative(string root, string path, out string relative, out string error)
    {
        relative = string.Empty;
        error = string.Empty;
        if (Path.IsPathRooted(path))
        {
            // Compare normalized forms so "--root ./fixture" and "--root /tmp/x/" both work; symlinks such as
            // /proc/self are left alone on purpose: they are part of the path the kernel resolves.
            var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            var fullPath = Path.GetFullPath(path);
            var prefix = fullRoot == "/" ? "/" : fullRoot + "/";
            if (!fullPath.StartsWith(prefix, StringComparison.Ordinal) || fullPath.Length == prefix.Length)
            {
                error = $"'{path}' is not a file under the root '{root}' (use --root to read another proc root)";
                return false;
            }
            relative = fullPath[prefix.Length..];
        }
        else
        {
            relative = path;
            while (relative.StartsWith("./", StringComparison.Ordinal)) relative = relative[2..];
        }
        relative = relative.Trim('/');
        if (relative.Length == 0)
        {
            error = "PATH is empty";
            return false;
        }
        return true;
    }
}
