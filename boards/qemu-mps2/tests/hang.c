/*
 * hang.c - never finishes: the runner must stop QEMU at its timeout and report status 124.
 */
int main(void)
{
    for (;;)
    {
        __asm volatile("" ::: "memory");
    }
}
