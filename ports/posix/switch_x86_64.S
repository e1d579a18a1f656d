/*
 * switch_x86_64.S - the simulator's context switch and interrupt entry for x86-64 SysV.
 *
 * port_switch(save_sp, load_sp, self): saves the callee-saved state of the running task
 * on its stack, stores its stack pointer through save_sp, and resumes the task whose
 * saved stack pointer is load_sp. The frame (see struct switch_frame in sim.h):
 *   [mxcsr, x87 control word] [self] [r15] [r14] [r13] [r12] [rbx] [rbp] [return address]
 *
 * port_irq_trampoline: where the signal handler sends an interrupted task, like an
 * exception entry. On entry the interrupted rip is at [rsp] and the interrupted rsp is
 * rsp + 8 + 128 (the red zone is left alone). Saves everything the ABI lets C code
 * clobber, including the vector state (xsave), runs port_irq_entry, restores, resumes.
 */
    .text
    .intel_syntax noprefix

    .globl port_switch
    .type port_switch, @function
port_switch:
    push rbp
    push rbx
    push r12
    push r13
    push r14
    push r15
    push rdx
    sub rsp, 8
    stmxcsr [rsp]
    fnstcw [rsp + 4]
    mov [rdi], rsp
    mov rsp, rsi
    ldmxcsr [rsp]
    fldcw [rsp + 4]
    add rsp, 16
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret
    .size port_switch, . - port_switch

    /* First code a new task runs: r12 = task function, r13 = its parameter. */
    .globl port_task_entry
    .type port_task_entry, @function
port_task_entry:
    mov rdi, r12
    mov rsi, r13
    call port_task_bootstrap
    ud2
    .size port_task_entry, . - port_task_entry

    .globl port_irq_trampoline
    .type port_irq_trampoline, @function
port_irq_trampoline:
    pushfq
    push rax
    push rcx
    push rdx
    push rsi
    push rdi
    push r8
    push r9
    push r10
    push r11
    push rbp
    mov rbp, rsp
    sub rsp, [rip + port_xsave_size]
    and rsp, -64
    /* xsave needs a zeroed header (bytes 512..575) in its save area. */
    xor eax, eax
    mov [rsp + 512], rax
    mov [rsp + 520], rax
    mov [rsp + 528], rax
    mov [rsp + 536], rax
    mov [rsp + 544], rax
    mov [rsp + 552], rax
    mov [rsp + 560], rax
    mov [rsp + 568], rax
    mov eax, [rip + port_xsave_mask_lo]
    mov edx, [rip + port_xsave_mask_hi]
    xsave64 [rsp]
    cld
    call port_irq_entry
    mov eax, [rip + port_xsave_mask_lo]
    mov edx, [rip + port_xsave_mask_hi]
    xrstor64 [rsp]
    mov rsp, rbp
    pop rbp
    pop r11
    pop r10
    pop r9
    pop r8
    pop rdi
    pop rsi
    pop rdx
    pop rcx
    pop rax
    popfq
    ret 128
    .size port_irq_trampoline, . - port_irq_trampoline

    .section .note.GNU-stack, "", @progbits
