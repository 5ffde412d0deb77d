using System.Collections.Generic;
using System.Linq;

namespace ProcGen.Specs;

/// <summary>
/// The files this catalog declares, generated from the declarations themselves (never a hand-kept list).
/// </summary>
public static class Catalog
{
    /// <summary>Every declared file, sorted by path template.</summary>
    public static IReadOnlyList<ProcFileInfo> Files => ProcGen.Generated.ProcCatalog.Files;

    /// <summary>
    /// The declaration a concrete relative path is an instance of (<c>self/stat</c> → <c>{pid}/stat</c>), or
    /// <c>null</c>. Exact paths win over templates; write-only files (<see cref="IsWriteOnly"/>) have none.
    /// </summary>
    public static ProcFileInfo? Find(string relativePath)
    {
        var path = relativePath.Trim('/');
        if (IsWriteOnly(path)) return null;
        return Files.FirstOrDefault(f => !f.IsTemplate && f.PathTemplate == path)
               ?? Files.FirstOrDefault(f => f.IsTemplate && f.Matches(path));
    }

    /// <summary>
    /// Whether <paramref name="relativePath"/> is a write-only control file in a directory a template covers:
    /// <c>sys/fs/binfmt_misc/register</c> sits beside the <c>{name}</c> entries but is no entry and cannot be read.
    /// </summary>
    public static bool IsWriteOnly(string relativePath) => relativePath.Trim('/') is "sys/fs/binfmt_misc/register";
}
