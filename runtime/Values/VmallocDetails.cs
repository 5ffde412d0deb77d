using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// Everything a line of <c>/proc/vmallocinfo</c> prints after the range and the size (<c>vmalloc_info_show</c> in
/// <c>mm/vmalloc.c</c>): <c>kernel_clone+0xb8/0x400 pages=4 vmalloc N0=4</c>. Each part is printed only when it
/// applies: the caller (<c>%pS</c>, followed by <c>[module]</c> for module code), <c>pages=</c>, <c>phys=</c>, the
/// flag words, then one <c>N&lt;node&gt;=&lt;pages&gt;</c> per NUMA node. Lines for <c>vm_map_ram</c> areas and
/// lazily freed areas say only that.
/// </summary>
public sealed class VmallocDetails : IProcValue<VmallocDetails>, IEquatable<VmallocDetails>
{
    private static readonly IReadOnlyDictionary<int, ulong> s_noNodes = new Dictionary<int, ulong>();
    private readonly string[] _flags;

    private VmallocDetails(VmallocAreaKind kind, string? caller, ulong? pages, ulong? physicalAddress, string[] flags, IReadOnlyDictionary<int, ulong> nodePages)
    {
        Kind = kind;
        Caller = caller;
        Pages = pages;
        PhysicalAddress = physicalAddress;
        _flags = flags;
        NodePages = nodePages;
    }

    /// <summary>A mapped area, an area of <c>vm_map_ram</c>, or one freed but not yet purged.</summary>
    public VmallocAreaKind Kind { get; }

    /// <summary>
    /// The function that made the mapping, <c>symbol+0xoffset/0xsize</c> (with <c> [module]</c> for module code;
    /// a bare address when the kernel has no symbols); <c>null</c> when none was recorded.
    /// </summary>
    public string? Caller { get; }

    /// <summary>The number of pages backing the area (<c>pages=</c>); <c>null</c> when not printed (not page-backed).</summary>
    public ulong? Pages { get; }

    /// <summary>The physical address an <c>ioremap</c> maps (<c>phys=</c>); <c>null</c> when not printed.</summary>
    public ulong? PhysicalAddress { get; }

    /// <summary>
    /// The flag words, as printed: <c>ioremap</c>, <c>vmalloc</c>, <c>vmap</c>, <c>user</c>, <c>dma-coherent</c>,
    /// <c>vpages</c>, <c>sparse</c>…; newer kernels may add words (kept here, as are <c>key=value</c> words this type
    /// does not know).
    /// </summary>
    public IReadOnlyList<string> Flags => _flags;

    /// <summary>Pages per NUMA node (<c>N0=4</c> → node 0: 4 pages); empty when the kernel has no NUMA or the area no pages.</summary>
    public IReadOnlyDictionary<int, ulong> NodePages { get; }

    /// <summary>Whether the flag word <paramref name="flag"/> (<c>vmalloc</c>, <c>ioremap</c> …) is printed.</summary>
    public bool HasFlag(string flag) => Array.IndexOf(_flags, flag) >= 0;

    /// <summary>Parses the details; empty text is an area that recorded nothing.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out VmallocDetails value)
    {
        value = null!;
        if (utf8.SequenceEqual("vm_map_ram"u8))
        {
            value = new VmallocDetails(VmallocAreaKind.VmMapRam, null, null, null, [], s_noNodes);
            return true;
        }
        if (utf8.SequenceEqual("unpurged vm_area"u8))
        {
            value = new VmallocDetails(VmallocAreaKind.Unpurged, null, null, null, [], s_noNodes);
            return true;
        }

        string? caller = null;
        ulong? pages = null, physical = null;
        var flags = new List<string>();
        Dictionary<int, ulong>? nodes = null;
        int position = 0;
        bool first = true;
        while (true)
        {
            var word = ProcText.NextField(utf8, ref position);
            if (word.IsEmpty) break;
            bool isFirst = first;
            first = false;
            int equals = word.IndexOf((byte)'=');
            if (isFirst && equals < 0 && (word.IndexOf((byte)'+') > 0 || word.StartsWith("0x"u8)))
            {
                // %pS: "name+0xoff/0xsize", or the bare address; module code adds " [module]" as a word of its own.
                caller = FieldParser.String(word);
                int after = position;
                var module = ProcText.NextField(utf8, ref after);
                if (module.Length > 2 && module[0] == (byte)'[' && module[^1] == (byte)']')
                {
                    caller += " " + FieldParser.String(module);
                    position = after;
                }
                continue;
            }
            if (equals < 0)
            {
                flags.Add(FieldParser.String(word));
                continue;
            }
            var key = word[..equals];
            var number = word[(equals + 1)..];
            if (key.SequenceEqual("pages"u8))
            {
                if (pages is not null || !ProcNumber.TryParseDecimal(number, out ulong count)) return false;
                pages = count;
            }
            else if (key.SequenceEqual("phys"u8))
            {
                if (physical is not null || !ProcNumber.TryParseHex(number, out ulong address)) return false;
                physical = address;
            }
            else if (key.Length > 1 && key[0] == (byte)'N' && ProcNumber.TryParseDecimal(key[1..], out int node) && node >= 0)
            {
                nodes ??= new Dictionary<int, ulong>();
                if (!ProcNumber.TryParseDecimal(number, out ulong count) || !nodes.TryAdd(node, count)) return false;
            }
            else
            {
                flags.Add(FieldParser.String(word));
            }
        }
        value = new VmallocDetails(VmallocAreaKind.Area, caller, pages, physical, flags.ToArray(), nodes ?? s_noNodes);
        return true;
    }

    public bool Equals(VmallocDetails? other)
        => other is not null && Kind == other.Kind && Caller == other.Caller && Pages == other.Pages
           && PhysicalAddress == other.PhysicalAddress && _flags.AsSpan().SequenceEqual(other._flags)
           && NodePages.Count == other.NodePages.Count && AllNodesEqual(other);

    private bool AllNodesEqual(VmallocDetails other)
    {
        foreach (var (node, count) in NodePages)
            if (!other.NodePages.TryGetValue(node, out var otherCount) || otherCount != count) return false;
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as VmallocDetails);

    public override int GetHashCode() => HashCode.Combine(Kind, Caller, Pages, PhysicalAddress, _flags.Length, NodePages.Count);

    /// <summary>The details in the kernel's order and notation.</summary>
    public override string ToString()
    {
        if (Kind == VmallocAreaKind.VmMapRam) return "vm_map_ram";
        if (Kind == VmallocAreaKind.Unpurged) return "unpurged vm_area";
        var parts = new List<string>();
        if (Caller is not null) parts.Add(Caller);
        if (Pages is { } pages) parts.Add(FormattableString.Invariant($"pages={pages}"));
        if (PhysicalAddress is { } physical) parts.Add(FormattableString.Invariant($"phys=0x{physical:x16}"));
        parts.AddRange(_flags);
        foreach (var (node, count) in NodePages) parts.Add(FormattableString.Invariant($"N{node}={count}"));
        return string.Join(' ', parts);
    }
}
