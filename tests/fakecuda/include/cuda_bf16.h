/* fakecuda: the parts of CUDA's bfloat16 type the kernels use, in software (round half to even). */
#ifndef FAKECUDA_BF16_H
#define FAKECUDA_BF16_H
#include <cstring>
struct __nv_bfloat16 { unsigned short bits; };

inline float __bfloat162float(__nv_bfloat16 b) {
    unsigned u = (unsigned)b.bits << 16;
    float f;
    std::memcpy(&f, &u, 4);
    return f;
}

inline __nv_bfloat16 __float2bfloat16_rn(float f) {
    unsigned u;
    __nv_bfloat16 b;
    std::memcpy(&u, &f, 4);
    if ((u & 0x7FFFFFFFu) > 0x7F800000u) { b.bits = (unsigned short)((u >> 16) | 0x40u); return b; } /* NaN */
    u += 0x7FFFu + ((u >> 16) & 1u);
    b.bits = (unsigned short)(u >> 16);
    return b;
}

struct __nv_bfloat162 { __nv_bfloat16 x, y; }; /* x in the low half of the 32 bits, as on the device */
inline __nv_bfloat162 __floats2bfloat162_rn(float lo, float hi) {
    __nv_bfloat162 r = {__float2bfloat16_rn(lo), __float2bfloat16_rn(hi)};
    return r;
}
#endif
