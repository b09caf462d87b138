using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Emulation;

/// <summary>What DECSC saves and DECRC restores: position, wrap flag, rendition, character sets, origin mode.</summary>
internal sealed class SavedCursor
{
    public int Row;
    public int Column;
    public bool PendingWrap;
    public Style Style;
    public bool OriginMode;
    public readonly CharsetState Charsets = new();
}
