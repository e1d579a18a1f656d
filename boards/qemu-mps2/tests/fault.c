/*
 * fault.c - executes an undefined instruction: the board must report the fault on the
 * console and end the run with its fault status (99) rather than hang.
 */
int main(void)
{
    __asm volatile("udf #0");
    return 0;
}
