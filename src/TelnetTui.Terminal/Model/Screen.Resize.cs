namespace TelnetTui.Terminal.Model;

public sealed partial class Screen
{
    /// <summary>
    /// Changes the size. The main screen reflows soft-wrapped lines to the new width (scrollback too);
    /// fewer rows push lines into scrollback so the cursor stays visible, more rows take them back.
    /// The alternate screen is cut or padded. Margins reset; the cursor follows its text.
    /// </summary>
    public void Resize(int columns, int rows)
    {
        CheckSize(columns, rows);
        if (columns == Columns && rows == Rows)
            return;
        ScreenResizer.Resize(this, columns, rows);
        Tabs.Resize(columns);
        ScrollTop = 0;
        ScrollBottom = rows - 1;
        PendingWrap = PendingWrap && CursorCol == columns - 1;
        CursorRow = Math.Clamp(CursorRow, 0, rows - 1);
        CursorCol = Math.Clamp(CursorCol, 0, columns - 1);
        VersionCounter++;
    }
}
