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
    /// <c>null</c>. Exact paths win over templates.
    /// </summary>
    public static ProcFileInfo? Find(string relativePath)
    {
        var path = relativePath.Trim('/');
        return Files.FirstOrDefault(f => !f.IsTemplate && f.PathTemplate == path)
               ?? Files.FirstOrDefault(f => f.IsTemplate && f.Matches(path));
    }
}
