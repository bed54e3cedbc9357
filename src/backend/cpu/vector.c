/* ============================================================================================
   CPU backend: the elementwise math (exp, erf, softmax rows, norms, activations), compiled
   once per instruction set from src/backend/cpu/vector.inc, which tools/amalgamate.sh copies in
   where each "@include" line stands. The portable instance is the reference and the only one
   without GCC or clang on x86: vectors of 8 lanes where the build enables AVX, else 4, or plain
   floats and libm for other compilers and SD_NO_SIMD. The AVX2 (8 lanes) and AVX-512 (16 lanes)
   instances are compiled for their targets whatever the build flags, and the kernel set chosen
   at run time names one (sd__cpu_kernels.vec), so a plain -O2 build runs the CPU's widest.
   ============================================================================================ */
#define SD__VPASTE2(a, b) a##b
#define SD__VPASTE(a, b) SD__VPASTE2(a, b)

#if defined(__GNUC__) && !defined(SD_NO_SIMD)
#ifdef __AVX__
#define SD__VW 8 /* a 32-byte vector only where passing it in registers is the ABI */
#else
#define SD__VW 4
#endif
#else
#define SD__VW 1
#endif
#define SD__V(name) sd__##name
#define SD__VLANES SD__VW
#define SD__VTARGET
/* @include backend/cpu/vector.inc */
#undef SD__V
#undef SD__VLANES
#undef SD__VTARGET

#ifdef SD__HAVE_AVX2_KERNEL
#define SD__V(name) SD__VPASTE(sd__##name, _avx2)
#define SD__VLANES 8
#define SD__VTARGET __attribute__((target("avx2,fma")))
/* @include backend/cpu/vector.inc */
#undef SD__V
#undef SD__VLANES
#undef SD__VTARGET

#define SD__V(name) SD__VPASTE(sd__##name, _avx512)
#define SD__VLANES 16
#define SD__VTARGET __attribute__((target("avx512f")))
/* @include backend/cpu/vector.inc */
#undef SD__V
#undef SD__VLANES
#undef SD__VTARGET
#endif
