using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Terminal.Parsing;
using TelnetTui.Terminal.Tests.Infrastructure;

namespace TelnetTui.Terminal.Tests.Parsing;

/// <summary>The action layer of Paul Williams' DEC parser (vt100.net/emu/dec_ansi_parser) and its hostile-input limits.</summary>
public class VtParserTests
{
    [Fact]
    public void Printable_runs_arrive_whole_and_controls_in_order()
    {
        var h = ParserHarness.Run("Hello\r\nW\u00f6rld\x07");
        Assert.Equal(["print:Hello", "exec:0d", "exec:0a", "print:W\u00f6rld", "exec:07"], h.Events);
    }

    [Fact]
    public void Csi_parameters_prefix_intermediates_and_final_are_separated()
    {
        var h = ParserHarness.Run("\e[?1;2004h\e[4 q\e[>c");
        Assert.Equal(["csi:?1;2004h", "csi:4 q", "csi:>c"], h.Events);
        Assert.Equal('?', h.Csi[0].Prefix);
        Assert.Equal(0x20, h.Csi[1].Intermediates);
    }

    [Fact]
    public void Empty_parameters_are_zero_and_counted()
    {
        var h = ParserHarness.Run("\e[;5H\e[m");
        Assert.Equal([0, 5], h.Csi[0].Values);
        Assert.Empty(h.Csi[1].Values);
    }

    [Fact]
    public void Colon_sub_parameters_are_marked()
    {
        var h = ParserHarness.Run("\e[38:2::10:20:30;1m");
        Assert.Equal([38, 2, 0, 10, 20, 30, 1], h.Csi[0].Values);
        Assert.Equal([false, true, true, true, true, true, false], h.Csi[0].Sub);
    }

    [Fact]
    public void At_most_32_parameters_are_kept_and_the_sequence_still_dispatches()
    {
        var h = ParserHarness.Run("\e[" + string.Join(";", Enumerable.Range(1, 40)) + "m");
        Assert.Equal(VtLimits.MaxParameters, h.Csi[0].Values.Length);
        Assert.Equal(32, h.Csi[0].Values[^1]);
    }

    [Fact]
    public void Parameter_values_clamp_at_65535()
    {
        var h = ParserHarness.Run("\e[" + new string('9', 5000) + ";70000;65535;007H");
        Assert.Equal([65535, 65535, 65535, 7], h.Csi[0].Values);
    }

    [Fact]
    public void A_sequence_with_too_many_intermediates_is_ignored()
    {
        var h = ParserHarness.Run("\e[1 !\"#qX\e( !BY");
        Assert.Equal(["print:XY"], h.Events);
    }

    [Fact]
    public void Escape_intermediates_and_final()
    {
        var h = ParserHarness.Run("\e(0\e#8\e7");
        Assert.Equal(["esc:(0", "esc:#8", "esc:7"], h.Events);
    }

    [Fact]
    public void Osc_ends_with_bel_or_st_and_arrives_whole()
    {
        var h = ParserHarness.Run("\e]2;one\a\e]0;two\e\\", cuts: [3, 9]);
        Assert.Equal(["osc:5:2;one", "osc:5:0;two"], h.Events);
    }

    [Fact]
    public void Esc_inside_an_osc_that_is_not_st_cancels_it_and_starts_a_sequence()
    {
        var h = ParserHarness.Run("\e]2;x\e[1mA");
        Assert.Equal(["csi:1m", "print:A"], h.Events);
    }

    [Fact]
    public void An_osc_longer_than_the_limit_is_dropped_whole_and_the_next_one_works()
    {
        var big = "\e]2;" + new string('x', VtLimits.MaxStringLength + 10) + "\a";
        var h = ParserHarness.Run(big + "\e]2;ok\aZ", cuts: [100, 5000]);
        Assert.Equal(["osc:4:2;ok", "print:Z"], h.Events);
    }

    [Fact]
    public void An_osc_exactly_at_the_limit_is_delivered()
    {
        var data = "2;" + new string('y', VtLimits.MaxStringLength - 2);
        var h = ParserHarness.Run("\e]" + data + "\a");
        Assert.Equal($"osc:{VtLimits.MaxStringLength}:", h.Events[0][..($"osc:{VtLimits.MaxStringLength}:".Length)]);
    }

    [Fact]
    public void Dcs_hooks_puts_and_unhooks()
    {
        var h = ParserHarness.Run("\eP1$qm\e\\", cuts: [4]);
        Assert.Equal(["hook:1$q", "put:m", "unhook:True"], h.Events);
    }

    [Fact]
    public void A_dcs_longer_than_the_limit_is_unhooked_as_cancelled_and_the_rest_ignored()
    {
        var h = ParserHarness.Run("\eP|" + new string('z', VtLimits.MaxStringLength + 5) + "\e\\A");
        Assert.Equal("hook:|", h.Events[0]);
        Assert.Equal("unhook:False", h.Events[^2]);
        Assert.Equal("print:A", h.Events[^1]);
    }

    [Fact]
    public void Can_cancels_a_dcs()
    {
        var h = ParserHarness.Run("\ePqdata\u0018B");
        Assert.Equal(["hook:q", "put:data", "unhook:False", "exec:18", "print:B"], h.Events);
    }

    [Fact]
    public void C1_controls_are_ignored_unless_recognised()
    {
        Assert.Equal(["print:a31mb"], ParserHarness.Run("a\u009b31mb").Events);
        Assert.Equal(["print:a", "csi:31m", "print:b"], ParserHarness.Run("a\u009b31mb", c1: true).Events);
        Assert.Equal(["osc:3:2;t", "print:x"], ParserHarness.Run("\u009d2;t\u009cx", c1: true).Events);
    }

    [Fact]
    public void Sos_pm_apc_are_consumed_without_actions()
    {
        var h = ParserHarness.Run("\e_apc\e\\\e^pm\a\eXsos\e\\ok");
        Assert.Equal(["print:ok"], h.Events);
    }

    [Fact]
    public void Surrogate_pairs_join_even_split_across_calls()
    {
        var h = ParserHarness.Run("a\U0001F600b", cuts: [2]);
        Assert.Equal(["print:a\U0001F600b"], h.Events);
        Assert.Equal(["print:\uFFFDx"], ParserHarness.Run("\ud800x").Events);
    }

    /// <summary>STYLE.md: any chunking gives the same actions (checked on random streams rich in sequences).</summary>
    [Fact]
    public void Any_chunking_gives_the_same_actions()
    {
        string[] pieces = ["\e", "[", "]", "P", "\\", "\a", ";", ":", "?", ">", "1", "23", "m", "H", "q", "$", " ", "\x18", "\x1a", "\r", "\n", "x", "é", "中", "\U0001F600", "\u009b", "\u009c", "0", "(", "#", "_", "X", "^", "\x7f", "\0"];
        var gen = from parts in Gen.ArrayOf(Gen.Elements(pieces))
                  from c1 in Gen.Elements(true, false)
                  from cuts in Gen.ArrayOf(Gen.Choose(0, 400))
                  select (string.Concat(parts), c1, cuts);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (text, c1, rawCuts) = t;
            var cuts = rawCuts.Where(c => c <= text.Length).Distinct().Order().ToArray();
            var whole = ParserHarness.Run(text, c1).Events;
            var split = ParserHarness.Run(text, c1, cuts).Events;
            return whole.SequenceEqual(split);
        }).QuickCheckThrowOnFailure();
    }
}
