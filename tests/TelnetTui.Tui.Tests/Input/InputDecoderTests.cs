using System.Text;
using TelnetTui.Tui.Input;

namespace TelnetTui.Tui.Tests.Input;

/// <summary>Limits and timing of the decoder: the paste cap, overlong sequences, the ESC timeout deadline.</summary>
public class InputDecoderTests
{
    [Fact]
    public void A_paste_over_the_cap_is_cut_and_marked_truncated()
    {
        var decoder = new InputDecoder(new InputDecoderOptions { MaxPasteBytes = 8 }, new FakeClock());
        var events = new List<InputEvent>();
        decoder.Decode(Encoding.UTF8.GetBytes("\e[200~0123456789abcdef\e[201~x"), events);
        Assert.Equal([new PasteEvent("01234567", Truncated: true), KeyEvent.Char('x')], events);
    }

    [Fact]
    public void A_truncated_paste_never_ends_in_half_a_character()
    {
        var decoder = new InputDecoder(new InputDecoderOptions { MaxPasteBytes = 4 }, new FakeClock());
        var events = new List<InputEvent>();
        decoder.Decode(Encoding.UTF8.GetBytes("\e[200~ab中文\e[201~"), events);
        Assert.Equal([new PasteEvent("ab", Truncated: true)], events);
    }

    [Fact]
    public void A_huge_paste_costs_only_the_cap_in_memory_and_ends_normally()
    {
        var decoder = new InputDecoder(new InputDecoderOptions { MaxPasteBytes = 1000 }, new FakeClock());
        var events = new List<InputEvent>();
        decoder.Decode("\e[200~"u8, events);
        var chunk = Enumerable.Repeat((byte)'x', 64 * 1024).ToArray();
        for (var i = 0; i < 64; i++)
            decoder.Decode(chunk, events);
        decoder.Decode("\e[201~\r"u8, events);
        var paste = Assert.IsType<PasteEvent>(events[0]);
        Assert.Equal(1000, paste.Text.Length);
        Assert.True(paste.Truncated);
        Assert.Equal(new KeyEvent(Key.Enter), events[1]);
    }

    [Fact]
    public void An_overlong_sequence_is_dropped_and_decoding_goes_on()
    {
        var decoder = new InputDecoder(new InputDecoderOptions { MaxSequenceLength = 16 }, new FakeClock());
        var events = new List<InputEvent>();
        decoder.Decode(Encoding.ASCII.GetBytes("\e[" + new string('1', 100) + "~\e[A"), events);
        Assert.IsType<UnknownSequenceEvent>(events[0]);
        Assert.Equal(new KeyEvent(Key.Up), events[^1]);
        Assert.False(decoder.HasPending);
    }

    [Fact]
    public void Random_bytes_never_throw_and_leave_the_decoder_usable()
    {
        var random = new Random(7);
        var decoder = new InputDecoder(new InputDecoderOptions(), new FakeClock());
        var events = new List<InputEvent>();
        var bytes = new byte[4096];
        for (var i = 0; i < 200; i++)
        {
            random.NextBytes(bytes);
            decoder.Decode(bytes.AsSpan(0, random.Next(bytes.Length)), events);
        }
        decoder.FlushAll(events);
        events.Clear();
        decoder.Decode("\e[201~\e[Bq"u8, events); // end any paste the noise began
        decoder.FlushAll(events);
        events.Clear();
        decoder.Decode("\e[Bq"u8, events);
        Assert.Equal([new KeyEvent(Key.Down), KeyEvent.Char('q')], events);
    }

    [Fact]
    public void The_pending_timeout_counts_down_on_the_clock()
    {
        var clock = new FakeClock();
        var decoder = new InputDecoder(new InputDecoderOptions(), clock);
        var events = new List<InputEvent>();
        Assert.Null(decoder.PendingTimeout);
        decoder.Decode("\e"u8, events);
        Assert.Equal(TimeSpan.FromMilliseconds(50), decoder.PendingTimeout);
        clock.Advance(TimeSpan.FromMilliseconds(30));
        Assert.Equal(TimeSpan.FromMilliseconds(20), decoder.PendingTimeout);
        decoder.Flush(events);
        Assert.Empty(events);
        clock.Advance(TimeSpan.FromMilliseconds(20));
        decoder.Flush(events);
        Assert.Equal([new KeyEvent(Key.Escape)], events);
        Assert.Null(decoder.PendingTimeout);
    }

    [Fact]
    public void Keys_carry_what_is_needed_to_encode_them_again()
    {
        var decoder = new InputDecoder(new InputDecoderOptions(), new FakeClock());
        var events = new List<InputEvent>();
        decoder.Decode("\eA\x01\e[1;5Dä"u8, events);
        Assert.Equal(
        [
            new KeyEvent(Key.Char, KeyModifiers.Alt, new Rune('A')),
            new KeyEvent(Key.Char, KeyModifiers.Ctrl, new Rune('a')),
            new KeyEvent(Key.Left, KeyModifiers.Ctrl),
            new KeyEvent(Key.Char, KeyModifiers.None, new Rune('ä')),
        ], events);
    }
}
