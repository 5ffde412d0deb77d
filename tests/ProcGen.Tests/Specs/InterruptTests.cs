using System;
using System.Linq;
using System.Text;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>interrupts and softirqs: header tables with one count per CPU.</summary>
public class InterruptTests
{
    [Fact]
    public void Interrupts_from_fixture()
    {
        var table = Fixtures.Fs().Interrupts();

        Assert.Equal(34, table.Count);
        Assert.Equal(["CPU0", "CPU1"], table.Layout!.ColumnNames);

        var first = table[0];
        Assert.Equal("24", first.Name);
        Assert.Equal([1UL, 0UL], first.Counts);
        Assert.Equal("IO-APIC   5-edge      ACPI:Ged", first.Description);

        var stats = table.Single(i => i.Name == "31");
        Assert.Equal([0UL, 1607UL], stats.Counts);
        Assert.Equal("PCI-MSIX-0000:00:01.0   3-edge      virtio0-stats", stats.Description);

        var local = table.Single(i => i.Name == "LOC");
        Assert.Equal([620411UL, 964230UL], local.Counts);
        Assert.Equal(1584641UL, local.Total);
        Assert.Equal("Local timer interrupts", local.Description);

        var calls = table.Single(i => i.Name == "CAL");
        Assert.Equal([285374UL, 258506UL], calls.Counts);

        Assert.Equal("PIW", table[^1].Name);
        Assert.Equal("Posted-interrupt wakeup event", table[^1].Description);
    }

    [Fact]
    public void Interrupts_ERR_and_MIS_print_one_total_and_no_description()
    {
        var table = Fixtures.Fs().Interrupts();

        foreach (var name in new[] { "ERR", "MIS" })
        {
            var row = table.Single(i => i.Name == name);
            Assert.Equal([0UL], row.Counts);
            Assert.Equal(0UL, row.Total);
            Assert.Null(row.Description);
        }
        // The row after them is per CPU again.
        var posted = table.Single(i => i.Name == "PIN");
        Assert.Equal(2, posted.Counts.Length);
    }

    [Fact]
    public void Interrupts_of_a_single_CPU_machine()
    {
        // show_interrupts: "%*s" of prec + 8 blanks, "CPU%-8d" per online CPU; rows "%*d:" and " %10u" per CPU.
        const string text =
            "           CPU0       \n" +
            "  0:         46   IO-APIC   2-edge      timer\n" +
            "  1:          9   IO-APIC   1-edge      i8042\n" +
            "  8:          1   IO-APIC   8-edge      rtc0\n" +
            "NMI:          0   Non-maskable interrupts\n" +
            "LOC:    1234567   Local timer interrupts\n" +
            "ERR:          0\n" +
            "MIS:          7\n";

        var table = Interrupt.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(1, table.Layout!.ColumnCount);
        Assert.Equal(7, table.Count);
        Assert.All(table, row => Assert.Single(row.Counts));
        Assert.Equal("0", table[0].Name);
        Assert.Equal(46UL, table[0].Counts[0]);
        Assert.Equal("IO-APIC   2-edge      timer", table[0].Description);
        Assert.Equal(1234567UL, table[4].Total);
        Assert.Equal("MIS", table[6].Name);
        Assert.Equal(7UL, table[6].Total);
        Assert.Null(table[6].Description);
    }

    [Fact]
    public void Interrupts_of_a_64_CPU_machine()
    {
        const int cpus = 64;
        var text = new StringBuilder();
        // Four-digit IRQ numbers widen the first column: prec 4, so 12 blanks before CPU0.
        text.Append(' ', 12);
        for (int cpu = 0; cpu < cpus; cpu++) text.Append($"CPU{cpu,-8}");
        text.Append('\n');
        text.Append($"{"1024",4}:");
        for (int cpu = 0; cpu < cpus; cpu++) text.Append($" {(ulong)cpu * 1000,10}");
        text.Append(" PCI-MSI-0000:00:1f.2    0-edge      ahci[0000:00:1f.2]\n");
        text.Append($"{"LOC",4}: ");
        for (int cpu = 0; cpu < cpus; cpu++) text.Append($"{4294967295UL - (ulong)cpu,10} ");
        text.Append("  Local timer interrupts\n");
        text.Append($"{"ERR",4}: {12,10}\n");
        text.Append($"{"MIS",4}: {0,10}\n");

        var table = Interrupt.ParseTable(Fixtures.Bytes(text.ToString()));

        Assert.Equal(cpus, table.Layout!.ColumnCount);
        Assert.Equal("CPU63", table.Layout.ColumnNames[63]);
        Assert.Equal(4, table.Count);

        var ahci = table[0];
        Assert.Equal("1024", ahci.Name);
        Assert.Equal(cpus, ahci.Counts.Length);
        Assert.Equal(63000UL, ahci.Counts[63]);
        Assert.Equal(Enumerable.Range(0, cpus).Sum(c => (long)c * 1000), (long)ahci.Total);
        Assert.Equal("PCI-MSI-0000:00:1f.2    0-edge      ahci[0000:00:1f.2]", ahci.Description);

        var local = table[1];
        Assert.Equal(4294967295UL, local.Counts[0]);
        Assert.Equal(4294967232UL, local.Counts[63]);
        Assert.Equal("Local timer interrupts", local.Description);

        Assert.Equal([12UL], table[2].Counts);
        Assert.Null(table[2].Description);
        Assert.Equal([0UL], table[3].Counts);
    }

    [Fact]
    public void Interrupts_empty_and_header_only_are_empty_tables()
    {
        var empty = Interrupt.ParseTable(ReadOnlySpan<byte>.Empty);
        Assert.Empty(empty);
        Assert.Null(empty.Layout);

        var headerOnly = Interrupt.ParseTable(Fixtures.Bytes("           CPU0       CPU1       \n"));
        Assert.Empty(headerOnly);
        Assert.Equal(2, headerOnly.Layout!.ColumnCount);
    }

    [Fact]
    public void Interrupts_errors_name_line_and_column()
    {
        const string header = "           CPU0       CPU1       \n";
        // A count that is not a number.
        const string badCount = " 24:          1        x0y  IO-APIC   5-edge      ACPI:Ged\n";
        ParseAssert.Fails(u => Interrupt.ParseTable(u), header + badCount, line: 2, column: ParseAssert.ColumnOf(badCount, "x0y"), mentions: "Counts");
        // The IRQ number lost its colon.
        const string noColon = " 24          1          0  IO-APIC   5-edge      ACPI:Ged\n";
        ParseAssert.Fails(u => Interrupt.ParseTable(u), header + noColon, line: 2, column: ParseAssert.ColumnOf(noColon, "24"), mentions: "':'");
    }

    [Fact]
    public void Interrupts_streamed_from_the_fixture_match_the_table()
    {
        var fs = Fixtures.Fs();
        var streamed = fs.EnumerateInterrupts().Select(i => (i.Name, i.Total)).ToList();

        Assert.Equal(fs.Interrupts().Select(i => (i.Name, i.Total)), streamed);
    }

    [Fact]
    public void Softirqs_from_fixture()
    {
        var table = Fixtures.Fs().SoftIrqs();

        Assert.Equal(["CPU0", "CPU1"], table.Layout!.ColumnNames);
        Assert.Equal(
            ["HI", "TIMER", "NET_TX", "NET_RX", "BLOCK", "IRQ_POLL", "TASKLET", "SCHED", "HRTIMER", "RCU"],
            table.Select(s => s.Name));
        Assert.Equal([0UL, 0UL], table[0].Counts);
        Assert.Equal([107340UL, 121376UL], table[1].Counts);
        Assert.Equal([5UL, 0UL], table[2].Counts);
        Assert.Equal([5514UL, 5457UL], table[3].Counts);
        Assert.Equal([0UL, 57654UL], table[4].Counts);
        Assert.Equal([6UL, 1UL], table[6].Counts);
        Assert.Equal([223257UL, 214817UL], table[7].Counts);
        Assert.Equal(257537UL + 271665UL, table[9].Total);
    }

    [Fact]
    public void Softirqs_with_four_possible_CPUs_and_a_malformed_row()
    {
        // show_softirqs: 20 blanks, "CPU%-8d" per possible CPU; rows "%12s:" then " %10u" per CPU.
        const string text =
            "                    CPU0       CPU1       CPU2       CPU3       \n" +
            "          HI:          1          2          3          4\n" +
            "       TIMER:     100000          0          0          9\n";

        var table = SoftIrq.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(4, table.Layout!.ColumnCount);
        Assert.Equal([1UL, 2UL, 3UL, 4UL], table[0].Counts);
        Assert.Equal(100009UL, table[1].Total);

        const string bad = "       TIMER      100000          0          0          9\n";
        ParseAssert.Fails(u => SoftIrq.ParseTable(u), text + bad, line: 4, column: ParseAssert.ColumnOf(bad, "TIMER"), mentions: "Name");
        const string negative = "         RCU:         -1          0          0          0\n";
        ParseAssert.Fails(u => SoftIrq.ParseTable(u), text + negative, line: 4, column: ParseAssert.ColumnOf(negative, "-1"), mentions: "Counts");
    }
}
