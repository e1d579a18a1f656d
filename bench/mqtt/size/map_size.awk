# awk -v PATTERN=<regex> -f map_size.awk <ld map>: the bytes the object files matching PATTERN
# contribute to the linked image (.text*, .rodata*, .data* input sections), from a GNU ld map.
# An input section line is " .name  0xADDR  0xSIZE  object", the name sometimes alone on the
# line before. Plain POSIX awk (Debian's default mawk has no strtonum).
function hex(text,    value, i) {
    value = 0
    text = tolower(substr(text, 3))
    for (i = 1; i <= length(text); i++)
        value = value * 16 + index("0123456789abcdef", substr(text, i, 1)) - 1
    return value
}
BEGIN { inMap = 0; total = 0; pending = "" }
/^Linker script and memory map/ { inMap = 1; next }
!inMap { next }
{
    if ($0 ~ /^ \.[^ ]+$/) { pending = $1; next }
    section = ""; first = 0
    if ($0 ~ /^ \.[^ ]+ +0x[0-9a-f]+ +0x[0-9a-f]+ +[^ ]+$/) { section = $1; first = 2 }
    else if ($0 ~ /^ +0x[0-9a-f]+ +0x[0-9a-f]+ +[^ ]+$/ && pending != "") { section = pending; first = 1 }
    pending = ""
    if (section == "" || $(first + 2) !~ PATTERN) next
    if (section ~ /^\.(text|rodata|data)/) total += hex($(first + 1))
}
END { print total }
