using System;
using System.IO;
using System.Linq;
using System.Text;
using ProcGen.Specs;

namespace ProcGen.Tests.Documentation;

/// <summary>The README's list of supported files is generated from the catalog and must not go stale.</summary>
public class ReadmeCatalogTests
{
    private const string Start = "<!-- catalog:start -->";
    private const string End = "<!-- catalog:end -->";

    [Fact]
    public void Readme_lists_exactly_the_catalog()
    {
        var readmePath = Path.Combine(RepositoryRoot(), "README.md");
        var readme = File.ReadAllText(readmePath).Replace("\r\n", "\n");
        int start = readme.IndexOf(Start, StringComparison.Ordinal);
        int end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md lacks the catalog markers");

        string expected = Table();
        string actual = readme.Substring(start + Start.Length, end - start - Start.Length);
        if (actual == expected) return;

        if (Environment.GetEnvironmentVariable("PROCGEN_UPDATE_README") == "1")
        {
            File.WriteAllText(readmePath, readme[..(start + Start.Length)] + expected + readme[end..]);
            return;
        }
        Assert.Fail("README.md's supported-file list is stale; run `PROCGEN_UPDATE_README=1 dotnet test` to regenerate it.\n"
                    + "Expected:\n" + expected);
    }

    private static string Table()
    {
        var sb = new StringBuilder("\n| path | format | record |\n|---|---|---|\n");
        foreach (var file in Catalog.Files.OrderBy(f => f.PathTemplate, StringComparer.Ordinal))
            sb.Append("| `").Append(file.PathTemplate).Append("` | ").Append(FormatName(file.Format)).Append(" | `").Append(file.TypeName).Append("` |\n");
        return sb.ToString();
    }

    private static string FormatName(ProcFileFormat format) => format switch
    {
        ProcFileFormat.KeyValue => "key-value",
        ProcFileFormat.Columnar => "columnar",
        ProcFileFormat.SingleValue => "single value",
        ProcFileFormat.NulSeparated => "NUL-separated",
        ProcFileFormat.SymbolicLink => "symbolic link",
        ProcFileFormat.Rows => "rows",
        ProcFileFormat.HeaderTable => "header table",
        ProcFileFormat.PairedLines => "paired lines",
        ProcFileFormat.Blocks => "blocks",
        _ => format.ToString().ToLowerInvariant(),
    };

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ProcGen.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("ProcGen.sln not found above " + AppContext.BaseDirectory);
    }
}
