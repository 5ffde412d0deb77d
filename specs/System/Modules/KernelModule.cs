using System;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/modules</c>: a loaded kernel module, as <c>lsmod</c> shows it (proc(5); <c>m_show</c> in
/// <c>kernel/module/procfs.c</c>). Read with <c>fs.Modules()</c>.
/// </summary>
/// <remarks>
/// <c>name size refcount users state address [(taints)]</c>, e.g.
/// <c>nf_nat 61440 2 nft_chain_nat,xt_MASQUERADE, Live 0xffffffffc0a52000</c>. A kernel built without
/// <c>CONFIG_MODULE_UNLOAD</c> prints <c>-</c> for the reference count and the users; one without
/// <c>CONFIG_MODULES</c> has no file at all.
/// </remarks>
[ProcFile("modules", Accessor = "Modules"), Rows]
public sealed partial record KernelModule
{
    /// <summary>The module's name (<c>ext4</c>, <c>nf_tables</c>).</summary>
    [Column(0)] public required string Name { get; init; }

    /// <summary>Memory the module occupies, in bytes: text, data and read-only sections together (<c>module_total_size</c>).</summary>
    [Column(1)] public required ulong Size { get; init; }

    /// <summary>How many references hold the module in memory; <c>null</c> when the kernel cannot unload modules and does not count (<c>-</c>).</summary>
    [Column(2), NullIf("-")] public int? ReferenceCount { get; init; }

    /// <summary>
    /// The modules that use this one as printed: each name followed by a comma (<c>nft_ct,nft_chain_nat,</c>),
    /// <c>[permanent],</c> for a module that can never be unloaded, or <c>-</c> for none (or unknown). See
    /// <see cref="UsedByModules"/>.
    /// </summary>
    [Column(3)] public required string UsedBy { get; init; }

    /// <summary><c>Live</c>, <c>Loading</c> or <c>Unloading</c>.</summary>
    [Column(4)] public required ModuleState State { get; init; }

    /// <summary>Where the module's code starts; 0 when the reader may not see kernel addresses (<c>kptr_restrict</c>, as in <c>kallsyms</c>).</summary>
    [Column(5), Hex] public required ulong Address { get; init; }

    /// <summary>
    /// The module's taint letters inside the parentheses (<c>OE</c>: out-of-tree, unsigned; <c>P</c>: proprietary …),
    /// followed by <c>+</c> while loading or <c>-</c> while unloading; <c>null</c> for a module that taints nothing.
    /// </summary>
    [Column(6), Enclosed('(', ')')] public string? Taints { get; init; }

    /// <summary>The names in <see cref="UsedBy"/>, without the <c>[permanent]</c> marker; empty for <c>-</c>.</summary>
    public string[] UsedByModules
        => Array.FindAll(UsedBy.Split(',', StringSplitOptions.RemoveEmptyEntries), name => name is not ("-" or "[permanent]"));

    /// <summary>Whether the module has an init function but no exit function, so that it can never be unloaded.</summary>
    public bool IsPermanent => UsedBy.Contains("[permanent],", StringComparison.Ordinal);

    /// <summary>Whether the address is hidden from this reader (printed as 0).</summary>
    public bool IsAddressHidden => Address == 0;
}
