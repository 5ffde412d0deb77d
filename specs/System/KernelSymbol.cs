namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/kallsyms</c>: a symbol of the kernel or of a loaded module (<c>s_show</c> in
/// <c>kernel/kallsyms.c</c>: <c>%px %c %s</c>, and <c>\t[%s]</c> with the module's name for module symbols).
/// </summary>
/// <remarks>
/// <para>
/// The file has 100 000 lines and more: read it row by row with <c>fs.EnumerateKernelSymbols()</c>. This is a
/// struct, so streaming allocates only each row's strings (its name, and its module's if any).
/// </para>
/// <para>
/// Addresses are 0 unless the reader may see them (<c>kernel.kptr_restrict</c>, <c>CAP_SYSLOG</c>). Besides
/// modules, the bracketed name may be a pseudo-module such as <c>bpf</c> or <c>__builtin__ftrace</c>.
/// </para>
/// </remarks>
[ProcFile("kallsyms", Accessor = "KernelSymbols"), Rows]
public readonly partial record struct KernelSymbol
{
    /// <summary>The symbol's address; 0 when hidden from the reader.</summary>
    [Column(0), Hex] public required ulong Address { get; init; }

    /// <summary>The <c>nm</c>-style type letter: upper case for global (module symbols: exported), lower case for local.</summary>
    [Column(1)] public required SymbolType Type { get; init; }

    /// <summary>The symbol's name.</summary>
    [Column(2)] public required string Name { get; init; }

    /// <summary>The module the symbol belongs to, without its brackets; <c>null</c> for the kernel image itself.</summary>
    [Column(3), Enclosed('[', ']')] public string? Module { get; init; }
}
