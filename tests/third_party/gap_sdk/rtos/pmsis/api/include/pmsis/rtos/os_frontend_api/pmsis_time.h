/*
 * Copyright (C) 2018 GreenWaves Technologies
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

#ifndef __PMSIS_TIME_H__
#define __PMSIS_TIME_H__

#ifdef __cplusplus
extern "C" {
#endif

void pi_time_wait_us(int time_us);

unsigned int pi_time_get_us();

#ifdef __cplusplus
}
#endif
#endif  /* __PMSIS_TIME_H__ */
