using System.Linq;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>modules</c>. The capture kernel has no <c>CONFIG_MODULES</c>, so every line here is written from
/// <c>m_show</c> in <c>kernel/module/procfs.c</c>: <c>"%s %u"</c>, <c>" %i "</c> and the users each followed by
/// <c>,</c> (or <c>-</c>), <c>" %s"</c> state, <c>" 0x%px"</c>, and <c>" (taints)"</c> only for a tainting module.
/// </summary>
public class ModulesTests
{
    internal const string Modules =
        "nf_tables 356352 5 nft_ct,nft_chain_nat, Live 0xffffffffc0a4c000\n" +
        "ext4 1019904 2 - Live 0xffffffffc0400000\n" +
        "vboxdrv 696320 2 vboxnetadp,vboxnetflt,vboxpci, Live 0xffffffffc1200000 (OE)\n" +
        "ipv6 589824 34 [permanent], Live 0xffffffffc0800000\n" +
        "mydriver 16384 0 - Loading 0xffffffffc1300000 (OE+)\n" +
        "nf_nat 61440 -1 - Unloading 0xffffffffc0a52000\n";

    [Fact]
    public void Every_field_of_a_line()
    {
        var modules = KernelModule.ParseTable(Fixtures.Bytes(Modules));

        Assert.Equal(6, modules.Count);
        var nfTables = modules[0];
        Assert.Equal("nf_tables", nfTables.Name);
        Assert.Equal(356352UL, nfTables.Size);
        Assert.Equal(5, nfTables.ReferenceCount);
        Assert.Equal("nft_ct,nft_chain_nat,", nfTables.UsedBy);
        Assert.Equal(["nft_ct", "nft_chain_nat"], nfTables.UsedByModules);
        Assert.False(nfTables.IsPermanent);
        Assert.Equal(ModuleState.Live, nfTables.State);
        Assert.Equal(0xffffffffc0a4c000UL, nfTables.Address);
        Assert.False(nfTables.IsAddressHidden);
        Assert.Null(nfTables.Taints);
    }

    [Fact]
    public void No_users_taints_permanence_and_states()
    {
        var modules = KernelModule.ParseTable(Fixtures.Bytes(Modules));

        Assert.Equal("-", modules[1].UsedBy);
        Assert.Empty(modules[1].UsedByModules);

        Assert.Equal("OE", modules[2].Taints);
        Assert.Equal(["vboxnetadp", "vboxnetflt", "vboxpci"], modules[2].UsedByModules);

        // A module with init but no exit can never be unloaded; the marker is not a module name.
        Assert.True(modules[3].IsPermanent);
        Assert.Empty(modules[3].UsedByModules);

        // module_flags(…, show_state: true) appends '+' while loading, '-' while unloading.
        Assert.Equal((ModuleState.Loading, "OE+"), (modules[4].State, modules[4].Taints));
        // module_refcount is an int and reads -1 while the module is going away.
        Assert.Equal((ModuleState.Unloading, -1), (modules[5].State, modules[5].ReferenceCount));
    }

    [Fact]
    public void Without_module_unloading_the_count_and_users_are_dashes()
    {
        // print_unload_info without CONFIG_MODULE_UNLOAD: " - -".
        var module = Assert.Single(KernelModule.ParseTable(Fixtures.Bytes("snd 118784 - - Live 0xffffffffc0100000\n")));

        Assert.Null(module.ReferenceCount);
        Assert.Empty(module.UsedByModules);
    }

    [Fact]
    public void A_reader_without_kernel_address_rights_sees_zero()
    {
        var module = Assert.Single(KernelModule.ParseTable(Fixtures.Bytes("ext4 1019904 2 - Live 0x0000000000000000\n")));

        Assert.Equal(0UL, module.Address);
        Assert.True(module.IsAddressHidden);
    }

    [Fact]
    public void A_kernel_without_loaded_modules_prints_nothing()
        => Assert.Empty(KernelModule.ParseTable(Fixtures.Bytes("")));

    [Fact]
    public void Read_and_enumerated_through_a_root()
    {
        using var root = new TempProcRoot().File("modules", Modules);

        Assert.Equal(6, root.Fs.Modules().Count);
        Assert.Equal(["nf_tables", "ext4", "vboxdrv", "ipv6", "mydriver", "nf_nat"], root.Fs.EnumerateModules().Select(m => m.Name));
    }

    [Fact]
    public void The_capture_kernel_has_no_modules_file()
        => Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().TryReadModules().Status);

    [Fact]
    public void An_unknown_state_is_an_error_at_the_state()
    {
        const string line = "ext4 1019904 2 - Alive 0xffffffffc0400000\n";
        ParseAssert.Fails(utf8 => KernelModule.ParseTable(utf8), "ext4 1019904 2 - Live 0x0\n" + line, 2, ParseAssert.ColumnOf(line, "Alive"), "'Unloading'");
    }

    [Fact]
    public void A_missing_address_is_an_error_after_the_state()
    {
        const string line = "ext4 1019904 2 - Live";
        ParseAssert.Fails(utf8 => KernelModule.ParseTable(utf8), line + "\n", 1, line.Length + 1, "Address");
    }

    [Fact]
    public void A_size_out_of_range_is_an_error_at_the_size()
        => ParseAssert.Fails(utf8 => KernelModule.ParseTable(utf8), "ext4 99999999999999999999999 2 - Live 0x0\n", 1, 6, "Size");

    [Fact]
    public void An_unclosed_taint_list_is_an_error()
        => ParseAssert.Fails(utf8 => KernelModule.ParseTable(utf8), "vboxdrv 696320 2 - Live 0x0 (OE\n", 1, 32, "Taints"); // the ")" is missing at the end
}
