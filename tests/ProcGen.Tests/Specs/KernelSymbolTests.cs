using System;
using System.IO;
using System.Linq;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Specs;

/// <summary>kallsyms: a struct row, read whole, streamed from a proc root and enumerated over bytes in memory.</summary>
public class KernelSymbolTests
{
    [Fact]
    public void Kallsyms_from_fixture()
    {
        var table = Fixtures.Fs().KernelSymbols();

        // The capture keeps the first 3000 lines; all are vmlinux symbols, none from a module.
        Assert.Equal(3000, table.Count);
        Assert.All(table, s => Assert.Null(s.Module));

        var first = table[0];
        Assert.Equal(0xffffffff81000000UL, first.Address);
        Assert.Equal('T', first.Type.Letter);
        Assert.Equal("srso_alias_untrain_ret", first.Name);

        var local = table[9];
        Assert.Equal(0xffffffff81000138UL, local.Address);
        Assert.Equal(new SymbolType('t'), local.Type);
        Assert.False(local.Type.IsGlobal);
        Assert.Equal(SymbolKind.Text, local.Type.Kind);
        Assert.Equal("syscall_return_via_sysret", local.Name);

        var last = table[^1];
        Assert.Equal(0xffffffff8123cd1dUL, last.Address);
        Assert.Equal("thermal_zone_device_register_with_trips.cold", last.Name);

        Assert.Equal(297, table.Count(s => s.Type.Letter == 'T'));
        Assert.Equal(2701, table.Count(s => s.Type.Letter == 't'));
        Assert.Equal(2, table.Count(s => s.Type.Kind == SymbolKind.Weak));
    }

    [Fact]
    public void Kallsyms_streamed_through_the_proc_root()
    {
        int count = 0;
        ulong previous = 0;
        KernelSymbol last = default;
        foreach (var symbol in Fixtures.Fs().EnumerateKernelSymbols())
        {
            // vmlinux symbols come sorted by address.
            Assert.True(symbol.Address >= previous, $"{symbol.Name} at {symbol.Address:x} after {previous:x}");
            previous = symbol.Address;
            last = symbol;
            count++;
        }

        Assert.Equal(3000, count);
        Assert.Equal("thermal_zone_device_register_with_trips.cold", last.Name);
    }

    [Fact]
    public void Kallsyms_enumerated_over_content_in_memory()
    {
        var content = File.ReadAllBytes(Path.Combine(Fixtures.KernelRoot(), "kallsyms"));
        int count = 0, text = 0;
        foreach (var symbol in ProcRowEnumerator<KernelSymbol>.Over(content))
        {
            count++;
            if (symbol.Type.Kind == SymbolKind.Text) text++;
        }

        Assert.Equal(3000, count);
        Assert.Equal(2998, text);
        Assert.Equal(3000, KernelSymbol.EnumerateRows(content).ToCount());
    }

    [Fact]
    public void Kallsyms_streaming_allocates_only_the_names()
    {
        var content = File.ReadAllBytes(Path.Combine(Fixtures.KernelRoot(), "kallsyms"));
        // Warm up: the first pass JITs the parser.
        foreach (var _ in ProcRowEnumerator<KernelSymbol>.Over(content)) { }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int length = 0;
        foreach (var symbol in ProcRowEnumerator<KernelSymbol>.Over(content)) length += symbol.Name.Length;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Each name is one string: a 22-byte header and padding plus two bytes per character, nothing per row.
        Assert.InRange(allocated, 2L * length, 2L * length + 3000L * 40);
    }

    [Fact]
    public void Kallsyms_module_symbols_and_hidden_addresses()
    {
        // s_show: "%px %c %s\t[%s]" for a module symbol; addresses print as zeros without kptr access.
        const string text =
            "0000000000000000 T _stext\n" +
            "0000000000000000 t nf_conntrack_hash_check_insert\t[nf_conntrack]\n" +
            "0000000000000000 T nf_ct_ext_add\t[nf_conntrack]\n" +
            "0000000000000000 t bpf_prog_6deef7357e7b4530_sd_fw_egress\t[bpf]\n" +
            "0000000000000000 d __key.0\t[__builtin__ftrace]\n";

        var table = KernelSymbol.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(5, table.Count);
        Assert.All(table, s => Assert.Equal(0UL, s.Address));
        Assert.Null(table[0].Module);
        Assert.Equal("nf_conntrack", table[1].Module);
        Assert.False(table[1].Type.IsGlobal);
        Assert.True(table[2].Type.IsGlobal);
        Assert.Equal("bpf", table[3].Module);
        Assert.Equal(SymbolKind.Data, table[4].Type.Kind);
        Assert.Equal("__builtin__ftrace", table[4].Module);
    }

    [Fact]
    public void Kallsyms_errors_name_line_and_column()
    {
        const string good = "ffffffff81000000 T _stext\n";
        ParseAssert.Fails(u => KernelSymbol.ParseTable(u), good + "ffffffff8100zz00 T _text\n", line: 2, column: 1, mentions: "Address");
        ParseAssert.Fails(u => KernelSymbol.ParseTable(u), good + "ffffffff81000000 Tt _text\n", line: 2, column: 18, mentions: "Type");
        ParseAssert.Fails(u => KernelSymbol.ParseTable(u), good + "ffffffff81000000 T\n", line: 2, column: 19, mentions: "Name");
        ParseAssert.Fails(u => KernelSymbol.ParseTable(u), good + "ffffffff81000000 t x\t[mod\n", line: 2, column: 26, mentions: "Module");
    }

    [Fact]
    public void Kallsyms_streaming_error_is_renumbered_for_the_file()
    {
        using var root = new TempProcRoot().File("kallsyms", "ffffffff81000000 T _stext\nffffffff81000001 T _text\nnot-an-address T x\n");

        int seen = 0;
        var error = Assert.Throws<ProcParseException>(() =>
        {
            foreach (var _ in root.Fs.EnumerateKernelSymbols()) seen++;
        });

        Assert.Equal(2, seen);
        Assert.Equal(3, error.Line);
        Assert.Equal(1, error.Column);
        Assert.EndsWith("kallsyms", error.FilePath);
    }
}

internal static class RowEnumeratorExtensions
{
    /// <summary>Counts the rows of a ref-struct enumerator, which LINQ cannot take.</summary>
    public static int ToCount<TRow>(this ProcRowEnumerator<TRow> rows) where TRow : IProcRow<TRow>
    {
        int count = 0;
        foreach (var _ in rows) count++;
        return count;
    }
}
