using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/fs/nfsd/exports</c> (and <c>/proc/fs/nfs/exports</c>): a directory the NFS server exports to a
/// client, with the options in force (<c>e_show</c>, <c>svc_export_show</c> and <c>exp_flags</c> in
/// <c>fs/nfsd/export.c</c>). Read with <c>fs.NfsdExports()</c>. Present with nfsd loaded; the kernel lists the exports
/// <c>exportfs</c>/<c>mountd</c> have pushed into its cache, which may be fewer than <c>/etc/exports</c> names.
/// </summary>
/// <remarks>
/// Two comment lines come first (<c># Version 1.1</c>, <c># Path Client(Flags) # IPs</c>); then each line is the
/// path (<c>seq_path</c>, blanks, tabs, newlines and backslashes as octal escapes), a tab, and the client with its
/// options in parentheses.
/// </remarks>
[ProcFile("fs/nfsd/exports", Accessor = "NfsdExports"), ProcFile("fs/nfs/exports", Accessor = "NfsExports")]
[Rows(Separator = '\t', SkipLines = 2)]
public sealed partial record NfsExport
{
    /// <summary>The exported directory, escapes decoded.</summary>
    [Column(0), Escaped] public required string Path { get; init; }

    /// <summary>The client (<c>*</c>, a host, <c>192.168.1.0/24</c>, <c>@netgroup</c>, <c>gss/krb5</c>) and the export's options.</summary>
    [Column(1)] public required NfsExportClient Client { get; init; }
}

/// <summary>
/// The <c>client(option,option,…)</c> half of an exports line: the client name (<c>seq_escape</c>d) and the options
/// <c>exp_flags</c> prints — flag words (<c>rw</c>/<c>ro</c>, <c>root_squash</c>, <c>sync</c>/<c>async</c>,
/// <c>no_subtree_check</c> …) and <c>name=value</c> settings (<c>fsid=</c>, <c>anonuid=</c>, <c>anongid=</c>,
/// <c>uuid=</c>, <c>sec=1:6</c>, <c>refer=</c>). Options are empty for an entry the kernel holds as invalid or negative.
/// </summary>
public sealed class NfsExportClient : IProcValue<NfsExportClient>
{
    private NfsExportClient(string name, string[] options)
    {
        Name = name;
        Options = options;
    }

    /// <summary>The client, escapes decoded.</summary>
    public string Name { get; }

    /// <summary>The options in the kernel's order.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>Whether the export is read-only (<c>ro</c>; the kernel prints <c>rw</c> otherwise).</summary>
    public bool IsReadOnly => Has("ro");

    /// <summary>Whether the flag word <paramref name="option"/> (<c>root_squash</c>, <c>no_subtree_check</c>) is set.</summary>
    public bool Has(string option) => Array.IndexOf((string[])Options, option) >= 0;

    /// <summary>The value of a <c>name=value</c> option (<c>fsid</c>, <c>anonuid</c>, <c>sec</c>, <c>uuid</c>), or <c>null</c>.</summary>
    public string? Setting(string name)
    {
        foreach (var option in Options)
            if (option.Length > name.Length && option[name.Length] == '=' && option.StartsWith(name, StringComparison.Ordinal))
                return option[(name.Length + 1)..];
        return null;
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out NfsExportClient value)
    {
        value = null!;
        // The client name is escaped for blanks only, and options never hold a bare '(' before the list starts.
        int open = utf8.IndexOf((byte)'(');
        if (open <= 0 || utf8[^1] != (byte)')') return false;
        var inside = utf8[(open + 1)..^1];
        var options = new List<string>();
        while (!inside.IsEmpty)
        {
            int comma = inside.IndexOf((byte)',');
            var option = comma < 0 ? inside : inside[..comma];
            if (option.IsEmpty) return false;
            options.Add(FieldParser.Unescaped(option));
            inside = comma < 0 ? default : inside[(comma + 1)..];
            if (comma >= 0 && inside.IsEmpty) return false;   // a trailing comma
        }
        value = new NfsExportClient(FieldParser.Unescaped(utf8[..open]), options.ToArray());
        return true;
    }

    /// <summary>As the kernel prints it: <c>*(rw,root_squash,…)</c> (escapes decoded).</summary>
    public override string ToString() => Name + "(" + string.Join(',', Options) + ")";
}
