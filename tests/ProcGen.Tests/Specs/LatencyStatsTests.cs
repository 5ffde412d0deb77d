using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>latency_stats</c>. The capture kernel has no <c>CONFIG_LATENCYTOP</c>, so lines are written from
/// <c>lstats_show</c> in <c>kernel/latencytop.c</c>: the title, then <c>"%i %lu %lu"</c> and <c>" %ps"</c> per frame.
/// </summary>
public class LatencyStatsTests
{
    private const string Title = "Latency Top version : v0.1\n";

    [Fact]
    public void Counts_times_and_backtraces()
    {
        const string text = Title +
            "12 48213 9012 io_schedule folio_wait_bit_common filemap_fault __do_fault do_fault\n" +
            "3 1500 700 schedule_timeout nfs_wait_bit_killable [nfs] __wait_on_bit out_of_line_wait_on_bit\n" +
            "1 20 20 ep_poll\n";

        var records = LatencyRecord.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(3, records.Count);
        var fault = records[0];
        Assert.Equal((12, 48213UL, 9012UL), (fault.Count, fault.TotalMicroseconds, fault.MaxMicroseconds));
        Assert.Equal(["io_schedule", "folio_wait_bit_common", "filemap_fault", "__do_fault", "do_fault"], fault.Backtrace);
        Assert.Equal("io_schedule", fault.Function);
        Assert.Equal(48213.0 / 12, fault.AverageMicroseconds);

        // %ps names module code "symbol [module]": one frame, two words.
        Assert.Equal(["schedule_timeout", "nfs_wait_bit_killable [nfs]", "__wait_on_bit", "out_of_line_wait_on_bit"], records[1].Backtrace);
        Assert.Equal(5, records[1].BacktraceWords.Length);

        Assert.Equal(["ep_poll"], records[2].Backtrace);
    }

    [Fact]
    public void Title_alone_while_recording_is_off_is_an_empty_table()
        => Assert.Empty(LatencyRecord.ParseTable(Fixtures.Bytes(Title)));

    [Fact]
    public void The_capture_kernel_has_no_latency_stats()
        => Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().TryReadLatencyStats().Status);

    [Fact]
    public void A_negative_time_is_an_error_at_the_time()
    {
        const string line = "12 -48213 9012 io_schedule";
        ParseAssert.Fails(utf8 => LatencyRecord.ParseTable(utf8), Title + line + "\n", 2, 4, "TotalMicroseconds");
    }

    [Fact]
    public void A_row_without_a_maximum_is_an_error_at_its_end()
        => ParseAssert.Fails(utf8 => LatencyRecord.ParseTable(utf8), Title + "12 48213\n", 2, 9, "MaxMicroseconds");
}
